package org.rollcall.runs;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This server as the owner of runs: its node (ROLLCALL_NODE, else host and HTTP port, which stay the
 * same when it restarts) and a boot id new at every start. A run owned by this node under another
 * boot id was left behind by a crash of this very server, so nothing else can be running it.
 */
@ApplicationScoped
public class RunNode {
    private final String node = node();
    private final String boot = UUID.randomUUID().toString();

    /** {@code node/boot}, stored in {@code report_run.owner}. */
    public String owner() {
        return node + "/" + boot;
    }

    /** Whether an owner is this node in an earlier life (a crash, or a stop mid-run). */
    public boolean earlierLife(String owner) {
        return owner.startsWith(node + "/") && !owner.equals(owner());
    }

    public String node() {
        String configured = System.getProperty("rollcall.node", System.getenv("ROLLCALL_NODE"));
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        String port = System.getProperty(
                "jboss.http.port",
                System.getProperty("rollcall.http.port", System.getenv().getOrDefault("ROLLCALL_HTTP_PORT", "8080")));
        try {
            return InetAddress.getLocalHost().getHostName() + ":" + port;
        } catch (UnknownHostException e) {
            return "localhost:" + port;
        }
    }
}
