package org.rollcall.platform.users;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/** A person who logs in. The password is kept only as a bcrypt hash. */
@Entity
@Table(name = "app_user")
public class AppUser {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 30)
    private Set<String> roles = new HashSet<>();

    // Where the roles apply (issue 12): the schools by URN, and for tutors the forms and year groups
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_school", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "urn", length = 8)
    private Set<String> schools = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_form", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "form", length = 20)
    private Set<String> forms = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_year_group", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "year_group", length = 3)
    private Set<String> yearGroups = new HashSet<>();

    protected AppUser() {}

    public AppUser(String username, String passwordHash, Set<String> roles, LocalDateTime createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    public Set<String> getSchools() {
        return Set.copyOf(schools);
    }

    public Set<String> getForms() {
        return Set.copyOf(forms);
    }

    public Set<String> getYearGroups() {
        return Set.copyOf(yearGroups);
    }

    /** Replaces where the user's roles apply. */
    public void replaceScope(Set<String> newSchools, Set<String> newForms, Set<String> newYearGroups) {
        schools.clear();
        schools.addAll(newSchools);
        forms.clear();
        forms.addAll(newForms);
        yearGroups.clear();
        yearGroups.addAll(newYearGroups);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void replaceRoles(Set<String> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }
}
