package org.rollcall.platform.users;

import org.mindrot.jbcrypt.BCrypt;

/**
 * bcrypt in the modular-crypt form ({@code $2a$...}) that Elytron's modular-crypt-mapper reads,
 * so the server checks logins against the database without any application code in the path.
 */
public final class PasswordHasher {
    private static final int COST = 10;

    private PasswordHasher() {}

    public static String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(COST));
    }
}
