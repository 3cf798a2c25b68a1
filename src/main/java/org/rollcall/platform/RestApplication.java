package org.rollcall.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every REST resource lives under {@code /rollcall/api}. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
