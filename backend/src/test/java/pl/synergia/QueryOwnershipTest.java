package pl.synergia;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMember;

/**
 * What ArchUnit cannot see: a query naming another context's table or entity in a string. The
 * owners come from the code: every {@code @Entity} (its name, its {@code @Table} and its
 * collection tables) belongs to the context of its package; a table the migrations create without
 * an entity belongs to the one context whose code writes it. Then every string literal of the
 * Java sources (directly concatenated literals read as one) is scanned for a JPQL entity or SQL
 * table after {@code from}, {@code join}, {@code update}, {@code into} or {@code table}.
 */
class QueryOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java").resolve(ArchitectureTest.ROOT.replace('.', '/'));
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** A table the migrations create; a partition (CREATE TABLE x PARTITION OF y) belongs to its parent's owner. */
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*+)(?!\\s+partition\\s+of\\b)");
    /** A name in the position of a table or entity: after FROM, JOIN, UPDATE, INTO or TABLE (keywords in any case). */
    private static final Pattern QUERY_NAME = Pattern.compile("(?i:\\b(?:from|join|update|into|table)\\s+)([A-Za-z_][A-Za-z0-9_]*)\\b");
    private static final Pattern WRITE = Pattern.compile("(?i:\\b(?:insert\\s+into|update|delete\\s+from)\\s+)([a-z_][a-z0-9_]*)\\b");

    /** A string literal of one source file (literals joined by {@code +} count as one) and the line it starts on. */
    record Literal(Path file, int line, String text) {
    }

    /** Which context owns each entity name and each table. */
    record Ownership(Map<String, String> entities, Map<String, String> tables) {
    }

    @Test
    void everyTableTheMigrationsCreateHasAnOwningContext() {
        Ownership owners = ownership();
        Set<String> orphans = migrationTables().stream().filter(t -> !owners.tables().containsKey(t))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(orphans.isEmpty(), "Tables the migrations create that no context owns (no @Entity maps them and no single "
                + "context's code writes them): " + orphans + ". Map each with an entity, or write it from one context only.");
    }

    @Test
    void noContextNamesAnotherContextsTableOrEntityInAQuery() {
        Ownership owners = ownership();
        List<String> violations = new ArrayList<>();
        for (Literal literal : literals()) {
            String context = contextOf(literal.file());
            Matcher m = QUERY_NAME.matcher(literal.text());
            while (m.find()) {
                String name = m.group(1);
                Optional<String> owner = Optional.ofNullable(owners.entities().get(name))
                        .map(o -> "entity " + name + " of " + o)
                        .or(() -> Optional.ofNullable(owners.tables().get(name)).map(o -> "table " + name + " of " + o));
                String ownerContext = Optional.ofNullable(owners.entities().get(name)).orElse(owners.tables().get(name));
                if (ownerContext != null && !ownerContext.equals(context) && !ownerContext.equals(ArchitectureTest.SHARED)) {
                    violations.add(SOURCES.relativize(literal.file()) + ":" + literal.line() + " (context " + context + ") names "
                            + owner.orElseThrow() + " in \"" + abbreviate(literal.text()) + "\"");
                }
            }
        }
        assertTrue(violations.isEmpty(), "A context reads another only through a port in " + ArchitectureTest.ROOT + "."
                + ArchitectureTest.SHARED + ".<topic>, never its tables; found:\n" + String.join("\n", violations));
    }

    /** Entities and their tables by the context of their package; tables without an entity by the one context writing them. */
    static Ownership ownership() {
        Map<String, String> entities = new TreeMap<>();
        Map<String, String> tables = new TreeMap<>();
        for (JavaClass c : ArchitectureTest.production()) {
            if (!c.isAnnotatedWith(Entity.class)) {
                continue;
            }
            String context = ArchitectureTest.contextOf(c).orElseThrow();
            String entityName = c.getAnnotationOfType(Entity.class).name();
            entities.put(entityName.isEmpty() ? c.getSimpleName() : entityName, context);
            if (c.isAnnotatedWith(Table.class)) {
                tables.put(c.getAnnotationOfType(Table.class).name(), context);
            }
            Stream.concat(c.getFields().stream(), c.getMethods().stream()).forEach(member -> collectionTable(member)
                    .ifPresent(t -> tables.put(t, context)));
        }
        Map<String, Set<String>> writers = new TreeMap<>();
        for (Literal literal : literals()) {
            Matcher m = WRITE.matcher(literal.text());
            while (m.find()) {
                writers.computeIfAbsent(m.group(1), t -> new TreeSet<>()).add(contextOf(literal.file()));
            }
        }
        for (String table : migrationTables()) {
            Set<String> by = writers.getOrDefault(table, Set.of());
            if (!tables.containsKey(table) && by.size() == 1) {
                tables.put(table, by.iterator().next());
            }
        }
        return new Ownership(entities, tables);
    }

    private static Optional<String> collectionTable(JavaMember member) {
        if (member.isAnnotatedWith(CollectionTable.class)) {
            return Optional.of(member.getAnnotationOfType(CollectionTable.class).name()).filter(n -> !n.isEmpty());
        }
        if (member.isAnnotatedWith(JoinTable.class)) {
            return Optional.of(member.getAnnotationOfType(JoinTable.class).name()).filter(n -> !n.isEmpty());
        }
        return Optional.empty();
    }

    static Set<String> migrationTables() {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE_TABLE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    /** The context of a source file: its first directory below pl/synergia. */
    static String contextOf(Path file) {
        return SOURCES.relativize(file).getName(0).toString();
    }

    private static List<Literal> cache;

    static synchronized List<Literal> literals() {
        if (cache == null) {
            try (Stream<Path> files = Files.walk(SOURCES)) {
                cache = files.filter(f -> f.toString().endsWith(".java")).sorted().flatMap(f -> literals(f).stream()).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cache;
    }

    /**
     * The string literals of one Java file, skipping comments and character literals; a text
     * block is one literal, and literals joined only by {@code +} are read as one string.
     */
    static List<Literal> literals(Path file) {
        String src;
        try {
            src = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Literal> out = new ArrayList<>();
        StringBuilder current = null;
        int currentLine = 0;
        int line = 1;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c) || (c == '+' && current != null)) {
                i++;
            } else if (src.startsWith("//", i)) {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (c == '\'') {
                i++;
                while (i < n && src.charAt(i) != '\'') {
                    i += src.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (c == '"') {
                boolean block = src.startsWith("\"\"\"", i);
                int start = i + (block ? 3 : 1);
                int j = start;
                StringBuilder text = new StringBuilder();
                while (j < n && !(block ? src.startsWith("\"\"\"", j) : src.charAt(j) == '"')) {
                    if (src.charAt(j) == '\\' && j + 1 < n) {
                        text.append(src.charAt(j + 1) == 'n' ? '\n' : src.charAt(j + 1));
                        j += 2;
                    } else {
                        text.append(src.charAt(j));
                        j++;
                    }
                }
                if (current == null) {
                    current = new StringBuilder();
                    currentLine = line;
                }
                current.append(text);
                line += count(src, i, Math.min(n, j));
                i = j + (block ? 3 : 1);
            } else {
                if (current != null) {
                    out.add(new Literal(file, currentLine, current.toString()));
                    current = null;
                }
                i++;
            }
        }
        if (current != null) {
            out.add(new Literal(file, currentLine, current.toString()));
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
    }
}
