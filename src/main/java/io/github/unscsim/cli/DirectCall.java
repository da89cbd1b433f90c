package io.github.unscsim.cli;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A plain call of a subcommand, parsed without building picocli's model of it: picocli's set-up (its annotations
 * read into a model, its converters, its help) took most of a short call's time (README, "Start-up"). It reads the
 * same annotations on the same fields, from the class files ({@link ClassAnnotations}), and takes a call only where
 * it sets every field as picocli would, and only where no annotation element it does not know is written: each
 * argument is one of the command's options by its full name ({@code --name value} or {@code --name=value}) or the
 * one positional parameter, which must be given; each option once, unless its field is a list of text; values are
 * text, whole numbers ({@link Integer#valueOf(String)}, as picocli converts them), paths or flags that are off
 * unless given; an option not given takes its {@code defaultValue}, a field without one keeps its initial value. Anything else (help, {@code -V}, a mistake, a
 * missing value or a value that starts with {@code -}, {@code --}, an {@code @file}, an option of another kind, a
 * field of another type, a command that uses its picocli model) is left to picocli, which parses it and reports
 * any error, so what a call prints and returns does not depend on the path it took.
 */
final class DirectCall {

    /** The commands that use their picocli model beyond {@link Subcommand#out()}, and picocli's help command. */
    private static final Set<String> PICOCLI_ONLY = Set.of("import", "serve", "help");

    /** The value of {@link Option#defaultValue()} when none is given. */
    private static final String NO_DEFAULT = "__no_default_value__";

    private static final String OPTION = "Lpicocli/CommandLine$Option;";
    private static final String PARAMETERS = "Lpicocli/CommandLine$Parameters;";
    private static final String MIXIN = "Lpicocli/CommandLine$Mixin;";
    private static final String SPEC = "Lpicocli/CommandLine$Spec;";

    /** The elements of {@link Option} that do not change how a call is parsed. */
    private static final Set<String> OPTION_ELEMENTS = Set.of("names", "required", "defaultValue", "paramLabel",
            "description", "descriptionKey", "hidden", "hideParamSyntax", "showDefaultValue", "completionCandidates",
            "order");
    /** The elements of {@link Parameters} that do not change how a call is parsed ({@code index} "0" alone). */
    private static final Set<String> PARAMETER_ELEMENTS = Set.of("index", "paramLabel", "description",
            "descriptionKey", "hidden", "hideParamSyntax", "showDefaultValue", "completionCandidates");

    /** One annotated field of the command or of one of its mixins. */
    private static final class Target {

        final Object owner;
        final Field field;
        final boolean list;
        final boolean flag;
        final String defaultValue;
        final boolean required;

        /** The field's generic signature, or null. */
        final String signature;

        Target(Object owner, Field field, String signature, String defaultValue, boolean required) {
            this.owner = owner;
            this.field = field;
            this.signature = signature;
            this.list = field.getType() == List.class;
            this.flag = field.getType() == boolean.class || field.getType() == Boolean.class;
            this.defaultValue = defaultValue;
            this.required = required;
        }

        /** Whether the field has a type this class converts as picocli does. */
        boolean simple() {
            Class<?> type = field.getType();
            if (list) {
                return "Ljava/util/List<Ljava/lang/String;>;".equals(signature);
            }
            return flag || type == String.class || type == Integer.class || type == int.class || type == Path.class;
        }

        /** Sets the field from a value; false if the value does not convert (picocli reports it). */
        @SuppressWarnings("unchecked")
        boolean set(String value) throws IllegalAccessException {
            Class<?> type = field.getType();
            Object converted;
            if (list) {
                List<String> values = (List<String>) field.get(owner);
                if (values == null) {
                    return false;
                }
                values.add(value);
                return true;
            } else if (flag) {
                converted = Boolean.TRUE;
            } else if (type == String.class) {
                converted = value;
            } else if (type == Path.class) {
                try {
                    converted = Path.of(value);
                } catch (InvalidPathException e) {
                    return false;
                }
            } else {
                try {
                    converted = Integer.valueOf(value);
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            field.set(owner, converted);
            return true;
        }
    }

    private final Map<String, Target> options = new HashMap<>();
    private final List<Target> positionals = new ArrayList<>();

    private DirectCall() {
    }

    /**
     * Returns the subcommand that the arguments call, its fields set from them, or null for picocli to parse them.
     *
     * @param args the arguments, the subcommand's name first
     * @return the command, ready to run, or null
     */
    static Subcommand parse(String... args) {
        if (args.length == 0 || PICOCLI_ONLY.contains(args[0]) || !UnscCommand.SUBCOMMANDS.containsKey(args[0])) {
            return null;
        }
        for (String arg : args) {
            if (arg.startsWith("@")) {
                return null; // picocli reads an argument file
            }
        }
        try {
            Object command = create(UnscCommand.SUBCOMMANDS.get(args[0]));
            DirectCall call = new DirectCall();
            if (!(command instanceof Subcommand subcommand) || !call.collect(command, true) || !call.fill(args)) {
                return null;
            }
            return subcommand;
        } catch (ReflectiveOperationException | IOException | RuntimeException e) {
            return null;
        }
    }

    private static Object create(Class<?> type) throws ReflectiveOperationException {
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    /** Collects the annotated fields of an object and its mixins; false if one is of a kind left to picocli. */
    private boolean collect(Object owner, boolean command) throws ReflectiveOperationException, IOException {
        for (Class<?> type = owner.getClass(); type != Object.class; type = type.getSuperclass()) {
            ClassAnnotations annotations = ClassAnnotations.of(type);
            if (picocli(annotations.methods)) {
                return false;
            }
            for (Map.Entry<String, List<ClassAnnotations.Annotation>> field : annotations.fields.entrySet()) {
                List<ClassAnnotations.Annotation> on = field.getValue();
                if (picocli(on)
                        && (on.size() != 1 || !collect(owner, command, type, type.getDeclaredField(field.getKey()),
                                annotations.signatures.get(field.getKey()), on.get(0)))) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean collect(Object owner, boolean command, Class<?> type, Field field, String signature,
            ClassAnnotations.Annotation annotation) throws ReflectiveOperationException, IOException {
        field.setAccessible(true);
        Map<String, Object> values = annotation.values();
        switch (annotation.type()) {
            case SPEC:
                // the command's own model, which Subcommand.out() alone reads: it writes to the writer it is given
                return command && type == Subcommand.class && values.isEmpty();
            case MIXIN:
                if (!values.isEmpty()) {
                    return false;
                }
                Object mixin = create(field.getType());
                field.set(owner, mixin);
                return collect(mixin, false);
            case OPTION:
                Target option = new Target(owner, field, signature, text(values, "defaultValue", NO_DEFAULT),
                        Boolean.TRUE.equals(values.get("required")));
                if (option.defaultValue == null || !option.simple() || !OPTION_ELEMENTS.containsAll(values.keySet())
                        || !(values.get("names") instanceof List<?> names) || names.isEmpty()) {
                    return false;
                }
                if (option.flag && (!NO_DEFAULT.equals(option.defaultValue) || Boolean.TRUE.equals(field.get(owner)))) {
                    return false; // a flag that is on unless given: left to picocli
                }
                for (Object name : names) {
                    if (!(name instanceof String text) || !text.startsWith("--") || options.put(text, option) != null) {
                        return false;
                    }
                }
                return true;
            case PARAMETERS:
                Target parameter = new Target(owner, field, signature, NO_DEFAULT, true);
                String index = text(values, "index", "");
                if (index == null || !parameter.simple() || parameter.list || parameter.flag || !positionals.isEmpty()
                        || !PARAMETER_ELEMENTS.containsAll(values.keySet())
                        || !(index.isEmpty() || index.equals("0"))) {
                    return false;
                }
                positionals.add(parameter);
                return true;
            default:
                return false; // another picocli annotation: @ArgGroup, @ParentCommand, @Unmatched...
        }
    }

    /** An element's text, the given text if it is absent, or null if it is not text. */
    private static String text(Map<String, Object> values, String element, String absent) {
        Object value = values.getOrDefault(element, absent);
        return value instanceof String text ? text : null;
    }

    /** Whether one of the annotations is picocli's. */
    private static boolean picocli(List<ClassAnnotations.Annotation> annotations) {
        for (ClassAnnotations.Annotation annotation : annotations) {
            if (annotation.type().startsWith("Lpicocli/")) {
                return true;
            }
        }
        return false;
    }

    /** Sets the fields from the arguments after the command's name; false if picocli is to parse them. */
    private boolean fill(String[] args) throws IllegalAccessException {
        Set<Target> given = new HashSet<>();
        int positional = 0;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                if (positional == positionals.size() || !positionals.get(positional).set(arg)) {
                    return false;
                }
                given.add(positionals.get(positional++));
                continue;
            }
            int equals = arg.indexOf('=');
            Target target = options.get(equals < 0 ? arg : arg.substring(0, equals));
            if (target == null || (!given.add(target) && !target.list)) {
                return false;
            }
            String value;
            if (target.flag) {
                if (equals >= 0) {
                    return false;
                }
                value = "true";
            } else if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return false;
            }
            if (value.startsWith("-") || !target.set(value)) {
                return false;
            }
        }
        for (Target target : positionals) {
            if (!given.contains(target)) {
                return false;
            }
        }
        for (Target target : new HashSet<>(options.values())) {
            if (!given.contains(target)) {
                if (target.required) {
                    return false;
                }
                if (!target.defaultValue.equals(NO_DEFAULT) && (target.list || !target.set(target.defaultValue))) {
                    return false;
                }
            }
        }
        return true;
    }
}
