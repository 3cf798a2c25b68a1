/**
 * The OpenAPI document WildFly serves at {@code GET /openapi}: generated from the JAX-RS resources, with the
 * title and login declared on {@code RestApplication} and the endpoint families tagged here by path.
 */
package org.rollcall.platform.openapi;
