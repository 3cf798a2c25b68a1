/**
 * The Run command: starts the embedded MariaDB and the provisioned WildFly, loads the demo school
 * and produces a governor pack. Runs outside the server and is left out of the WAR.
 */
package org.rollcall.launcher;
