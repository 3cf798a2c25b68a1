/** Schools, their academic years and terms, and their governors. */
package org.rollcall.school;
