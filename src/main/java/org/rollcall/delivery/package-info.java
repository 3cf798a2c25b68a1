/** Where documents go: the content-addressed archive, the audit of who did what, and the mail outbox. */
package org.rollcall.delivery;
