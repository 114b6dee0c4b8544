package org.unlearn.model.family;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import org.unlearn.model.BadInputException;

/**
 * Every model family, found by {@link ServiceLoader} in
 * {@code META-INF/services/org.unlearn.model.family.FamilyDescriptor}: clustering families first, then
 * those that learn a label, each group in the order the services files list them.
 */
public final class Families {
    private static final List<FamilyDescriptor<?>> ALL = load();

    private Families() {}

    /** Every registered family, in order. */
    public static List<FamilyDescriptor<?>> all() {
        return ALL;
    }

    /** Every family's code, in order. */
    public static List<String> codes() {
        return ALL.stream().map(FamilyDescriptor::code).toList();
    }

    /** The families under one heading, in order. */
    public static List<FamilyDescriptor<?>> of(Group group) {
        return ALL.stream().filter(f -> f.group() == group).toList();
    }

    /** A family by its code or an alias, without case; refuses an unknown one with the list. */
    public static FamilyDescriptor<?> byCode(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (FamilyDescriptor<?> f : ALL) {
            if (f.code().equals(c) || f.aliases().contains(c)) {
                return f;
            }
        }
        throw new BadInputException("unknown model \"" + code + "\" (models: " + String.join(", ", codes()) + ")");
    }

    private static List<FamilyDescriptor<?>> load() {
        Map<String, FamilyDescriptor<?>> byCode = new LinkedHashMap<>();
        for (FamilyDescriptor<?> f : ServiceLoader.load(FamilyDescriptor.class, Families.class.getClassLoader())) {
            for (String name : names(f)) {
                FamilyDescriptor<?> before = byCode.putIfAbsent(name, f);
                if (before != null && before != f) {
                    throw new IllegalStateException("two families are called " + name + ": "
                            + before.getClass().getName() + " and "
                            + f.getClass().getName());
                }
            }
        }
        List<FamilyDescriptor<?>> out = new ArrayList<>(new java.util.LinkedHashSet<>(byCode.values()));
        out.sort(Comparator.comparing(FamilyDescriptor::group));
        return List.copyOf(out);
    }

    private static List<String> names(FamilyDescriptor<?> f) {
        List<String> out = new ArrayList<>();
        out.add(f.code());
        out.addAll(f.aliases());
        return out;
    }
}
