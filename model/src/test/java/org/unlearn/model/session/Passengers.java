package org.unlearn.model.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * A small titanic-like table written for the session tests: one row per passenger with a unique name
 * and ticket, so a test can look for a forgotten person's values in every byte a session wrote.
 * Row 7 is "Allen, Miss. Elisabeth Walton", ticket "PC 17609-W".
 */
final class Passengers {
    static final String NAME = "Allen, Miss. Elisabeth Walton";
    static final String TICKET = "PC 17609-W";
    static final int ROW = 7;
    static final int ROWS = 160;

    private Passengers() {}

    static Path write(Path dir) throws IOException {
        Random random = new Random(11);
        StringBuilder out = new StringBuilder("name,ticket,sex,age,fare,class,survived\n");
        for (int i = 1; i <= ROWS; i++) {
            String name = i == ROW ? NAME : "Passenger, Mr. Number " + i;
            String ticket = i == ROW ? TICKET : "T" + (10000 + i * 7);
            boolean female = random.nextBoolean();
            int cls = 1 + random.nextInt(3);
            double age = Math.round((5 + random.nextDouble() * 70) * 10) / 10.0;
            double fare = Math.round((10 + (4 - cls) * 30 + random.nextDouble() * 40) * 100) / 100.0;
            boolean survived = random.nextDouble() < (female ? 0.7 : 0.25) + (cls == 1 ? 0.15 : 0);
            out.append('"')
                    .append(name)
                    .append("\",")
                    .append(ticket)
                    .append(',')
                    .append(female ? "female" : "male")
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.1f", age))
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.2f", fare))
                    .append(',')
                    .append(cls)
                    .append(',')
                    .append(survived ? "yes" : "no")
                    .append('\n');
        }
        Path file = dir.resolve("passengers.csv");
        Files.writeString(file, out, StandardCharsets.UTF_8);
        return file;
    }
}
