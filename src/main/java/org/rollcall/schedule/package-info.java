/** The term schedule: which runs a school wants at which points of its calendar, and the timer that starts each exactly once. */
package org.rollcall.schedule;
