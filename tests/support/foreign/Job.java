// SPDX-License-Identifier: GPL-3.0-or-later
import java.util.LinkedHashMap;
import java.util.Map;

/** One producer run: its name ("itext.sign", "pdfbox.sign", ...) and its key=value options. */
final class Job {
    final String name;
    private final Map<String, String> options = new LinkedHashMap<>();

    Job(String name, Map<String, String> globals) {
        this.name = name;
        options.putAll(globals);
    }

    void put(String key, String value) {
        options.put(key, value);
    }

    String get(String key) {
        final String value = options.get(key);
        if (value == null) {
            throw new IllegalArgumentException(name + ": missing option " + key);
        }
        return value;
    }

    String get(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }

    int getInt(String key, int fallback) {
        return options.containsKey(key) ? Integer.parseInt(options.get(key)) : fallback;
    }

    boolean is(String key) {
        return "yes".equals(options.get(key));
    }
}
