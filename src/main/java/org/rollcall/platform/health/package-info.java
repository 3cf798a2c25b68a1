/**
 * MicroProfile Health checks, served by WildFly at {@code /health/live} and {@code /health/ready}: live while
 * the application answers; ready once the database is migrated and reachable and the archive is writable.
 */
package org.rollcall.platform.health;
