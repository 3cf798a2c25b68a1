/** Users and their roles, stored in the database and read by WildFly Elytron's jdbc-realm. */
package org.rollcall.platform.users;
