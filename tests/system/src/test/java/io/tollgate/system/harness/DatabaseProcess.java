package io.tollgate.system.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private MariaDB server for tests that must stop the database: the machine's {@code mariadbd} with its own data
 * folder under {@code target/}, its own port, no binary log. It can be killed (as a crash: SIGKILL, InnoDB recovers at
 * the next start) and started again on the same port and data, while the services keep running. The root user has
 * an empty password and reaches it over TCP, like the development database.
 */
public final class DatabaseProcess implements AutoCloseable {

    private static final List<String> SERVER = List.of("/usr/sbin/mariadbd", "/usr/sbin/mysqld", "/usr/bin/mariadbd");
    private final Path dir;
    private final int port;
    private Process process;

    private DatabaseProcess(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Creates a data folder under {@code dir} and starts the server on a free port. */
    public static DatabaseProcess start(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        try {
            deleteRecursively(dir);
            Files.createDirectories(dir);
            run(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + dir.resolve("data"), "--user=root",
                    "--auth-root-authentication-method=normal", "--skip-test-db"), dir.resolve("install.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatabaseProcess db = new DatabaseProcess(dir, ServiceProcess.freePort());
        db.startServer();
        return db;
    }

    /** Whether this machine can run a private server (the MariaDB server package is installed). */
    public static boolean available() {
        return server() != null;
    }

    public int port() {
        return port;
    }

    /** Starts the server (again) on the same port and data, and waits until it accepts connections. */
    public synchronized void startServer() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            ProcessBuilder pb = new ProcessBuilder(server(), "--no-defaults", "--datadir=" + dir.resolve("data"),
                    "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mysqld.sock"),
                    "--pid-file=" + dir.resolve("mysqld.pid"), "--user=root", "--skip-log-bin",
                    "--innodb-buffer-pool-size=256M", "--max-connections=500")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()));
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd exited; see " + dir.resolve("server.log"));
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                ServiceProcess.sleep(100);
            }
        }
        throw new IllegalStateException("mariadbd did not accept connections within 60 s");
    }

    /** Kills the server at once, as a crash or a pulled plug would. */
    public synchronized void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        kill();
        if (System.getenv("TOLLGATE_KEEP_TEST_DB") == null) {
            try {
                deleteRecursively(dir);
            } catch (IOException e) {
                System.err.println("could not remove " + dir + ": " + e.getMessage());
            }
        }
    }

    private static String server() {
        return SERVER.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
    }

    private static void run(List<String> command, Path log) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
