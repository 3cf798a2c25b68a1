package org.rollcall.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Every REST resource lives under {@code /rollcall/api}. JAX-RS picks one root class per request
 * by its longest literal path, so a class path must never be a prefix-with-template of another's
 * (e.g. {@code schools/{urn}} would hide {@code schools}): give each class its full, distinct path.
 */
@ApplicationPath("/api")
public class RestApplication extends Application {}
