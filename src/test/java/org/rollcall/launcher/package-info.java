/**
 * The Run command: starts the embedded MariaDB and the provisioned WildFly, watches both, loads the
 * demo school and produces a governor pack. Test-scope sources, run from the test classpath by
 * {@code mvn -Pdemo verify}, so the WAR never carries them.
 */
package org.rollcall.launcher;
