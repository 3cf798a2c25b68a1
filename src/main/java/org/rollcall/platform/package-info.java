/** Cross-cutting plumbing: configuration, start-up migrations, health, security roles, JSON problem responses. */
package org.rollcall.platform;
