package pl.synergia.partnership;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Section-by-section comparison of two versions: sections are matched by number, else heading, else position. */
final class VersionDiffs {

    private VersionDiffs() {
    }

    static VersionDiff diff(PartnershipVersion older, PartnershipVersion newer) {
        Map<String, Section> before = keyed(older.sections);
        Map<String, Section> after = keyed(newer.sections);
        List<Section> olderInOrder = new ArrayList<>(before.values());
        List<VersionDiff.SectionChange> changes = new ArrayList<>();
        int next = 0; // first older section not yet reported
        for (Map.Entry<String, Section> e : after.entrySet()) {
            Section now = e.getValue();
            Section was = before.get(e.getKey());
            if (was == null) {
                changes.add(new VersionDiff.SectionChange(now.number, now.heading, null, VersionDiff.Kind.ADDED, null, now.body));
                continue;
            }
            // older sections that stood before this one and are gone: report them where they stood
            int at = olderInOrder.indexOf(was);
            for (; next < at; next++) {
                Section gone = olderInOrder.get(next);
                if (!after.containsKey(key(gone))) {
                    changes.add(removed(gone));
                }
            }
            next = Math.max(next, at + 1);
            boolean same = was.body.equals(now.body) && Objects.equals(was.heading, now.heading);
            changes.add(new VersionDiff.SectionChange(now.number, now.heading, was.heading,
                    same ? VersionDiff.Kind.UNCHANGED : VersionDiff.Kind.CHANGED, was.body, now.body));
        }
        for (; next < olderInOrder.size(); next++) {
            Section gone = olderInOrder.get(next);
            if (!after.containsKey(key(gone))) {
                changes.add(removed(gone));
            }
        }
        return new VersionDiff(older.number, newer.number, changes);
    }

    private static VersionDiff.SectionChange removed(Section was) {
        return new VersionDiff.SectionChange(was.number, was.heading, was.heading, VersionDiff.Kind.REMOVED, was.body, null);
    }

    private static Map<String, Section> keyed(List<Section> sections) {
        Map<String, Section> keyed = new LinkedHashMap<>();
        for (Section s : sections) {
            keyed.putIfAbsent(key(s), s);
        }
        return keyed;
    }

    private static String key(Section s) {
        return s.number != null ? "n:" + s.number.replaceAll("\\s+", "").replaceAll("\\.$", "")
                : s.heading != null ? "h:" + s.heading.strip().toLowerCase(Locale.ROOT) : "p:" + s.position;
    }
}
