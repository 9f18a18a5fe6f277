package io.mediacapture.bindings.spa.pod;

/**
 * The basic pod type numbers of {@code enum spa_type} ({@code spa/utils/type.h}) as compile-time constants, so they
 * can be used in {@code switch}; the ABI test checks them against the C headers, like the generated
 * {@link io.mediacapture.bindings.spa.spa_h} constants.
 */
public final class SpaType {
    private SpaType() {}

    public static final int NONE = 1;
    public static final int BOOL = 2;
    public static final int ID = 3;
    public static final int INT = 4;
    public static final int LONG = 5;
    public static final int FLOAT = 6;
    public static final int DOUBLE = 7;
    public static final int STRING = 8;
    public static final int BYTES = 9;
    public static final int RECTANGLE = 10;
    public static final int FRACTION = 11;
    public static final int BITMAP = 12;
    public static final int ARRAY = 13;
    public static final int STRUCT = 14;
    public static final int OBJECT = 15;
    public static final int SEQUENCE = 16;
    public static final int POINTER = 17;
    public static final int FD = 18;
    public static final int CHOICE = 19;
    public static final int POD = 20;

    /** {@code enum spa_choice_type}. */
    public static final int CHOICE_NONE = 0;
    public static final int CHOICE_RANGE = 1;
    public static final int CHOICE_STEP = 2;
    public static final int CHOICE_ENUM = 3;
    public static final int CHOICE_FLAGS = 4;

    /** Body size of a fixed-size basic type, or -1 for variable-size and container types. */
    public static int fixedBodySize(int type) {
        return switch (type) {
            case NONE -> 0;
            case BOOL, ID, INT, FLOAT -> 4;
            case LONG, DOUBLE, RECTANGLE, FRACTION, FD -> 8;
            default -> -1;
        };
    }

    /** A readable name for messages, e.g. {@code "Int"}. */
    public static String name(int type) {
        return switch (type) {
            case NONE -> "None";
            case BOOL -> "Bool";
            case ID -> "Id";
            case INT -> "Int";
            case LONG -> "Long";
            case FLOAT -> "Float";
            case DOUBLE -> "Double";
            case STRING -> "String";
            case BYTES -> "Bytes";
            case RECTANGLE -> "Rectangle";
            case FRACTION -> "Fraction";
            case BITMAP -> "Bitmap";
            case ARRAY -> "Array";
            case STRUCT -> "Struct";
            case OBJECT -> "Object";
            case SEQUENCE -> "Sequence";
            case POINTER -> "Pointer";
            case FD -> "Fd";
            case CHOICE -> "Choice";
            case POD -> "Pod";
            default -> "type " + Integer.toUnsignedString(type);
        };
    }
}
