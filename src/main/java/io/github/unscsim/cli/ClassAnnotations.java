package io.github.unscsim.cli;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run-time annotations on one class's fields and methods, read from its class file (JVMS 4.7.16) and not by
 * reflection: the first annotation that reflection reads generates a proxy class for its type, which took about
 * half of a short call's own time ({@link DirectCall}). Only what the class file holds is here: an element left at
 * its default is absent.
 */
final class ClassAnnotations {

    /**
     * One annotation.
     *
     * @param type the annotation type's descriptor, such as {@code Lpicocli/CommandLine$Option;}
     * @param values its elements as written: a {@link String}, {@link Boolean} (for a {@code boolean} element),
     *     {@link List} (an array) or, for any other kind (a number, a character, an enum, a class, an
     *     annotation), {@link #OTHER}
     */
    record Annotation(String type, Map<String, Object> values) {
    }

    /** The value of an element of a kind this class does not convert. */
    static final Object OTHER = new Object();

    /** Annotations by field name. */
    final Map<String, List<Annotation>> fields = new LinkedHashMap<>();
    /** The generic signature of each field that has one, such as {@code Ljava/util/List<Ljava/lang/String;>;}. */
    final Map<String, String> signatures = new LinkedHashMap<>();
    /** The annotations of every method, in one list. */
    final List<Annotation> methods = new ArrayList<>();

    private Object[] pool;

    private ClassAnnotations() {
    }

    /**
     * Reads a class's field and method annotations from its class file.
     *
     * @param type the class
     * @return the annotations
     * @throws IOException if the class file cannot be found or read
     */
    static ClassAnnotations of(Class<?> type) throws IOException {
        String name = type.getName();
        try (InputStream in = type.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
            if (in == null) {
                throw new IOException("no class file for " + name);
            }
            ClassAnnotations annotations = new ClassAnnotations();
            annotations.read(new DataInputStream(in));
            return annotations;
        }
    }

    private void read(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readInt(); // minor and major version
        pool = new Object[in.readUnsignedShort()];
        for (int i = 1; i < pool.length; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> pool[i] = in.readUTF();
                case 3 -> pool[i] = in.readInt();
                case 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // a long or double takes two entries
                }
                case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                case 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        in.readUnsignedShort(); // access flags
        in.readUnsignedShort(); // this class
        in.readUnsignedShort(); // super class
        skip(in, 2 * in.readUnsignedShort()); // interfaces
        for (int count = in.readUnsignedShort(); count > 0; count--) {
            in.readUnsignedShort();
            String field = (String) pool[in.readUnsignedShort()];
            in.readUnsignedShort();
            fields.put(field, members(in, field));
        }
        for (int count = in.readUnsignedShort(); count > 0; count--) {
            in.readUnsignedShort();
            in.readUnsignedShort();
            in.readUnsignedShort();
            methods.addAll(members(in, null));
        }
    }

    /** Reads a field's or method's attributes, keeping its run-time visible annotations and a field's signature. */
    private List<Annotation> members(DataInputStream in, String field) throws IOException {
        List<Annotation> annotations = new ArrayList<>();
        for (int count = in.readUnsignedShort(); count > 0; count--) {
            String attribute = (String) pool[in.readUnsignedShort()];
            int length = in.readInt();
            if ("RuntimeVisibleAnnotations".equals(attribute)) {
                for (int n = in.readUnsignedShort(); n > 0; n--) {
                    annotations.add(annotation(in));
                }
            } else if (field != null && "Signature".equals(attribute)) {
                signatures.put(field, (String) pool[in.readUnsignedShort()]);
            } else {
                skip(in, length);
            }
        }
        return annotations;
    }

    private Annotation annotation(DataInputStream in) throws IOException {
        String type = (String) pool[in.readUnsignedShort()];
        Map<String, Object> values = new LinkedHashMap<>();
        for (int n = in.readUnsignedShort(); n > 0; n--) {
            String element = (String) pool[in.readUnsignedShort()];
            values.put(element, value(in));
        }
        return new Annotation(type, values);
    }

    private Object value(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 's':
                return pool[in.readUnsignedShort()];
            case 'Z':
                return ((Integer) pool[in.readUnsignedShort()]) != 0;
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'c':
                in.readUnsignedShort();
                return OTHER;
            case 'e':
                in.readUnsignedShort();
                in.readUnsignedShort();
                return OTHER;
            case '@':
                annotation(in);
                return OTHER;
            case '[':
                List<Object> items = new ArrayList<>();
                for (int n = in.readUnsignedShort(); n > 0; n--) {
                    items.add(value(in));
                }
                return items;
            default:
                throw new IOException("element value tag " + tag);
        }
    }

    private static void skip(DataInputStream in, int bytes) throws IOException {
        in.readFully(new byte[bytes]);
    }
}
