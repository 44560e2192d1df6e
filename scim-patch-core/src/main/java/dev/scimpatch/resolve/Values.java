package dev.scimpatch.resolve;

import dev.scimpatch.Limits;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.Semantics.CanonicalValues;
import dev.scimpatch.Tolerance.IgnoredReadOnly;
import dev.scimpatch.Tolerance.JsonInStrings;
import dev.scimpatch.Tolerance.ReadOnlyEcho;
import dev.scimpatch.Tolerance.ScalarCoercion;
import dev.scimpatch.Tolerance.ScalarForComplex;
import dev.scimpatch.Tolerance.SelfNamedEnvelope;
import dev.scimpatch.Tolerance.SingleValueForMultiValued;
import dev.scimpatch.Tolerance.SingletonArrays;
import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.DateTimes;
import dev.scimpatch.internal.Text;
import dev.scimpatch.internal.json.MiniJson;
import dev.scimpatch.path.Filter;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.AttributeType;
import dev.scimpatch.schema.Mutability;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.schema.Schema;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimBoolean;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimNumber;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one walk of an operation's value against its attribute's definition: the profile's value
 * tolerances (T5, T7–T11, T15) and the type check of RFC 7643 (R-GEN-7, R-CHR-9, R-CHR-10) in one
 * pass, writing sub-attributes with the schema's spelling. Objects are copied only where something
 * changes. A {@code null} anywhere stays, for the engine to read as "unassign" or "no value".
 */
final class Values {

  /** Attributes whose writes T19 never drops, whatever it names. */
  private static final Set<String> NEVER_DROPPED = Set.of("id", "meta", "schemas", "groups");


  private final Profile profile;
  private final Limits resourceLimits;

  Values(Profile profile, Limits resourceLimits) {
    this.profile = profile;
    this.resourceLimits = resourceLimits;
  }

  /** The value of a whole attribute ({@code attr}, or a key of a value without a path). */
  ScimNode attribute(Attribute def, ScimNode value, boolean withPath) {
    ScimNode v = value;
    if (withPath && profile.has(SelfNamedEnvelope.UNWRAP) && v instanceof ScimObject o && o.size() == 1) {
      ScimNode inner = o.get(def.name());
      v = inner != null ? inner : v; // T10: {"members": [...]} at path members
    }
    if (v.isNull()) {
      return v;
    }
    if (def.multiValued()) {
      if (v instanceof ScimArray array) {
        ScimArray.Builder b = null;
        for (int i = 0; i < array.size(); i++) {
          ScimNode e = array.get(i);
          ScimNode checked = element(def, e);
          if (checked != e && b == null) {
            b = ScimArray.builder();
            for (int j = 0; j < i; j++) {
              b.add(array.get(j));
            }
          }
          if (b != null) {
            b.add(checked);
          }
        }
        return b == null ? array : b.build();
      }
      if (profile.has(SingleValueForMultiValued.REJECT)) {
        throw ScimPatchException.of(ScimType.INVALID_VALUE, Text.quote(def.name())
            + " is multi-valued: its value is an array (" + profile.name() + ", T9)");
      }
      return element(def, v);
    }
    if (profile.has(SingletonArrays.UNWRAP) && v instanceof ScimArray a && a.size() == 1) {
      v = a.get(0); // T8
    }
    return element(def, v);
  }

  /**
   * One value of {@code def}: the attribute's value if it is single-valued, else one element
   * ({@code attr[filter]} selects elements).
   */
  ScimNode element(Attribute def, ScimNode value) {
    if (value.isNull()) {
      return value;
    }
    return def.isComplex() ? complex(def, value, def.name()) : simple(def, value, def.name());
  }

  /** The value of sub-attribute {@code sub} of {@code def} ({@code attr.sub}, {@code attr[filter].sub}). */
  ScimNode subAttribute(Attribute def, Attribute sub, ScimNode value) {
    String where = def.name() + "." + sub.name();
    return sub.multiValued() && value instanceof ScimArray array ? each(sub, array, where) : simple(sub, value, where);
  }

  /**
   * Whether a readOnly attribute or sub-attribute in the input is to be dropped (T15, T19):
   * {@code REJECT} refuses it here, even unchanged; {@code IGNORE_IF_UNCHANGED} leaves it to the
   * engine, which accepts its current value only; {@code IGNORE} drops them all (Webex). T19
   * drops what it names, but never {@code id}, {@code meta}, {@code schemas} or {@code groups}:
   * naming them does not let a client's change of them pass.
   *
   * @param path {@code name} or {@code name.subName}
   */
  boolean dropsReadOnly(Attribute def, String path) {
    if (def.mutability() != Mutability.READ_ONLY) {
      return false;
    }
    int dot = path.indexOf('.');
    String top = dot < 0 ? path : path.substring(0, dot);
    boolean neverDropped = NEVER_DROPPED.contains(Ascii.toLowerCase(top));
    if (!neverDropped && profile.get(IgnoredReadOnly.class).contains(path)) {
      return true;
    }
    if (profile.has(ReadOnlyEcho.REJECT)) {
      throw ScimPatchException.of(ScimType.MUTABILITY, Text.quote(def.name())
          + " is readOnly; this server refuses it even unchanged (" + profile.name() + ", T15)");
    }
    return profile.has(ReadOnlyEcho.IGNORE);
  }

  /**
   * T17: the attribute of RFC 7643's User, Group or enterprise User schema with that name (in the
   * extension, when {@code urn} is the enterprise URN), for typing values where no schema is known.
   */
  static @Nullable Attribute rfcAttribute(@Nullable String urn, String name) {
    if (urn != null) {
      Schema enterprise = ResourceSchemas.enterpriseUserSchema();
      if (enterprise.hasId(urn)) {
        return enterprise.attribute(name).orElse(null);
      }
      if (!ResourceSchemas.userSchema().hasId(urn) && !ResourceSchemas.groupSchema().hasId(urn)) {
        return null;
      }
    }
    return ResourceSchemas.userSchema().attribute(name)
        .or(() -> ResourceSchemas.groupSchema().attribute(name)).orElse(null);
  }

  /**
   * T17: a value coerced as T5 coerces values of {@code def}'s type, and of its sub-attributes';
   * nothing is checked or refused, as without a schema nothing is.
   */
  ScimNode coerceOnly(Attribute def, ScimNode value) {
    if (value instanceof ScimArray array && def.multiValued()) {
      ScimArray.Builder b = null;
      for (int i = 0; i < array.size(); i++) {
        ScimNode e = array.get(i);
        ScimNode c = coerceOnly(def, e);
        if (c != e && b == null) {
          b = ScimArray.builder();
          for (int j = 0; j < i; j++) {
            b.add(array.get(j));
          }
        }
        if (b != null) {
          b.add(c);
        }
      }
      return b == null ? value : b.build();
    }
    if (value instanceof ScimObject object && def.isComplex()) {
      ScimObject out = object;
      for (ScimObject.Member m : object.members()) {
        Attribute sub = def.subAttribute(m.name()).orElse(null);
        if (sub != null) {
          ScimNode c = coerceOnly(sub, m.value());
          if (c != m.value()) {
            out = out.with(m.name(), c);
          }
        }
      }
      return out;
    }
    if (def.isComplex() || def.multiValued()) {
      return value;
    }
    ScimNode v = unwrapSingleton(value);
    return v instanceof ScimString s && !profile.has(ScalarCoercion.NONE) ? coerce(def, s) : v;
  }

  /** T8 for an operation without a path: {@code [{...}]} is its object of attributes (SCIM-SDK's client). */
  ScimNode noPathValue(ScimNode value) {
    return profile.has(SingletonArrays.UNWRAP) && value instanceof ScimArray a && a.size() == 1
        && a.get(0) instanceof ScimObject only ? only : value;
  }

  /** T8: {@code [x]} and {@code [{"value": x}]} for a single value, where the profile unwraps them. */
  private ScimNode unwrapSingleton(ScimNode value) {
    ScimNode v = value;
    if (profile.has(SingletonArrays.UNWRAP)) {
      if (v instanceof ScimArray a && a.size() == 1) {
        v = a.get(0);
      }
      if (v instanceof ScimObject o && o.size() == 1) {
        ScimNode inner = o.get("value");
        if (inner != null && inner.isScalar()) {
          v = inner;
        }
      }
    }
    return v;
  }

  /**
   * T18: a filter whose string literals compared with boolean, integer or decimal sub-attributes
   * of {@code def} are of that type ({@code "True"} is {@code true}); the filter itself when none
   * changes.
   */
  static Filter coerceLiterals(Attribute def, Filter filter) {
    return switch (filter.kind()) {
      case AND -> {
        List<Filter> ops = ((Filter.And) filter).operands();
        List<Filter> out = coerceAll(def, ops);
        yield out == ops ? filter : new Filter.And(out);
      }
      case OR -> {
        List<Filter> ops = ((Filter.Or) filter).operands();
        List<Filter> out = coerceAll(def, ops);
        yield out == ops ? filter : new Filter.Or(out);
      }
      case NOT -> {
        Filter inner = ((Filter.Not) filter).operand();
        Filter out = coerceLiterals(def, inner);
        yield out == inner ? filter : new Filter.Not(out);
      }
      case COMPARISON -> {
        Filter.Comparison c = (Filter.Comparison) filter;
        String name = c.attribute().name();
        Attribute sub = def.isComplex() ? def.subAttribute(name).orElse(null)
            : Ascii.equalsIgnoreCase(name, "value") ? def : null;
        ScimNode literal = c.value();
        ScimNode typed = sub != null && literal instanceof ScimString s ? literal(sub.type(), s) : literal;
        yield typed == literal ? filter : new Filter.Comparison(c.attribute(), c.operator(), typed);
      }
      case PRESENT, VALUE_PATH -> filter;
    };
  }

  private static List<Filter> coerceAll(Attribute def, List<Filter> ops) {
    List<Filter> out = null;
    for (int i = 0; i < ops.size(); i++) {
      Filter c = coerceLiterals(def, ops.get(i));
      if (c != ops.get(i) && out == null) {
        out = new ArrayList<>(ops.subList(0, i));
      }
      if (out != null) {
        out.add(c);
      }
    }
    return out == null ? ops : out;
  }

  private static ScimNode literal(AttributeType type, ScimString s) {
    String text = s.value().strip();
    switch (type) {
      case BOOLEAN:
        if (Ascii.equalsIgnoreCase(text, "true")) {
          return ScimBoolean.TRUE;
        }
        if (Ascii.equalsIgnoreCase(text, "false")) {
          return ScimBoolean.FALSE;
        }
        return s;
      case INTEGER:
      case DECIMAL:
        try {
          return text.length() > 1_000 ? s : ScimNumber.parse(text);
        } catch (NumberFormatException e) {
          return s;
        }
      default:
        return s;
    }
  }

  /** A complex value: T7, T11, then its sub-attributes. */
  private ScimNode complex(Attribute def, ScimNode value, String where) {
    ScimNode v = value;
    if (v.isScalar() && !v.isNull() && profile.has(ScalarForComplex.WRAP_AS_VALUE)
        && (!def.multiValued() || def.subAttribute("value").isPresent())) {
      v = ScimObject.of("value", v); // T7: a value for a complex attribute, or for an element that has one
    }
    if (profile.has(JsonInStrings.PARSE_OBJECT) && v instanceof ScimObject o && o.size() == 1
        && o.get("value") instanceof ScimString s && s.value().startsWith("{")
        && MiniJson.parse(s.value()) instanceof ScimObject parsed) {
      v = parsed; // T11
    }
    if (!(v instanceof ScimObject object)) {
      throw invalidValue(Text.quote(where) + " is complex: its value must be an object, not " + v.jsonType());
    }
    ScimObject out = object;
    for (ScimObject.Member m : object.members()) {
      Attribute sub = def.subAttribute(m.name()).orElse(null);
      if (sub == null) {
        // RFC 7644's own examples send Group members a "display" that RFC 7643 §8.7.1 does not
        // define (the built-in Group schema adds it; a server's own schema may not): a
        // sub-attribute the schema does not know is kept as sent, if it is simple (complex
        // attributes have no complex sub-attributes, RFC 7643 §2.3.8).
        if (!m.value().isScalar() && !m.value().isNull()) {
          throw invalidValue(Text.quote(m.name()) + " is not a sub-attribute of " + Text.quote(where)
              + ", and no sub-attribute holds " + m.value().jsonType() + " (R-CHR-10)");
        }
      } else if (dropsReadOnly(sub, where + "." + sub.name())) {
        out = out.without(m.name());
      } else {
        String subWhere = where + "." + sub.name();
        ScimNode checked = sub.multiValued() && m.value() instanceof ScimArray array
            ? each(sub, array, subWhere) : simple(sub, m.value(), subWhere);
        if (checked != m.value() || !m.name().equals(sub.name())) {
          out = out.with(sub.name(), checked);
        }
      }
    }
    return out;
  }

  private ScimNode each(Attribute def, ScimArray array, String where) {
    for (ScimNode e : array) {
      checkType(def, e, where);
    }
    return array;
  }

  /** A simple value: T8 ({@code [{"value": x}]}), T5 (typed strings), then its type. */
  private ScimNode simple(Attribute def, ScimNode value, String where) {
    ScimNode v = def.multiValued() ? value : unwrapSingleton(value);
    if (v instanceof ScimString s && !profile.has(ScalarCoercion.NONE)) {
      v = coerce(def, s);
    }
    return checkType(def, v, where);
  }

  private ScimNode coerce(Attribute def, ScimString s) {
    String text = s.value();
    if (def.type() == AttributeType.BOOLEAN) {
      if (Ascii.equalsIgnoreCase(text, "true")) {
        return ScimBoolean.TRUE;
      } else if (Ascii.equalsIgnoreCase(text, "false")) {
        return ScimBoolean.FALSE;
      }
    } else if (profile.has(ScalarCoercion.SCHEMA_TYPED_STRINGS)
        && (def.type() == AttributeType.INTEGER || def.type() == AttributeType.DECIMAL)) {
      try {
        return ScimNumber.parse(text.strip());
      } catch (NumberFormatException e) {
        return s; // the type check says what is wrong
      }
    }
    return s;
  }

  private ScimNode checkType(Attribute def, ScimNode value, String where) {
    if (value.isNull()) {
      return value;
    }
    boolean ok = switch (def.type()) {
      case STRING -> value instanceof ScimString;
      case REFERENCE -> value instanceof ScimString s && isUriReference(s.value());
      case BINARY -> value instanceof ScimString s && isBase64(s.value());
      case DATE_TIME -> value instanceof ScimString s && DateTimes.parse(s.value()) != null;
      case BOOLEAN -> value instanceof ScimBoolean;
      case INTEGER -> value instanceof ScimNumber n && fitsLong(n.value());
      case DECIMAL -> value instanceof ScimNumber;
      case COMPLEX -> false;
    };
    if (!ok) {
      throw invalidValue(Text.quote(where) + " takes " + article(def.type()) + " value, not "
          + (value instanceof ScimString s ? "the string " + Text.quote(Text.snippet(s.value(), 0, 64))
              : value.jsonType()) + " (R-GEN-7)");
    }
    if (value instanceof ScimString s && !def.canonicalValues().isEmpty() && profile.has(CanonicalValues.REQUIRED)
        && !isCanonical(def, s.value())) {
      throw invalidValue(Text.quote(where) + " takes one of " + def.canonicalValues() + ", not "
          + Text.quote(Text.snippet(s.value(), 0, 64)) + " (" + profile.name() + ", S9)");
    }
    return value;
  }

  private static boolean isCanonical(Attribute def, String value) {
    for (String c : def.canonicalValues()) {
      if (def.caseExact() ? c.equals(value) : Ascii.equalsIgnoreCase(c, value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a reference is a URI reference (RFC 3986 §4.1), as every {@code referenceTypes}
   * value of RFC 7643 §7 asks for: {@code uri}, {@code external}, and a resource type's URL.
   */
  private static boolean isUriReference(String s) {
    try {
      new URI(s);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String article(AttributeType type) {
    return switch (type) {
      case INTEGER -> "an integer";
      case DATE_TIME -> "an xsd:dateTime";
      case STRING, BOOLEAN, DECIMAL, BINARY, REFERENCE, COMPLEX -> "a " + type.keyword();
    };
  }

  private static boolean fitsLong(BigDecimal value) {
    if (value.signum() == 0) {
      return true;
    }
    if ((long) value.precision() - value.scale() > 19) {
      return false;
    }
    try {
      value.longValueExact();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  /** Base64 (RFC 4648 §4), padding required; line breaks as in PEM bodies are allowed. */
  private static boolean isBase64(String s) {
    StringBuilder compact = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\r' && c != '\n') {
        compact.append(c);
      }
    }
    if (compact.length() % 4 != 0) {
      return false; // java.util.Base64 accepts missing padding; RFC 4648 §4 does not
    }
    try {
      Base64.getDecoder().decode(compact.toString());
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Refuses a value that the resource's reader would refuse once it is stored, so that a result is
   * always readable again (every later PATCH of the resource would fail): a string, member name or
   * number longer than the resource limits allow, a member name that is not valid Unicode (no
   * writer can write it), objects and arrays nested deeper than the resource limits leave room
   * for below an attribute. Values read by the same limits pass; values that arrive as trees or
   * inside JSON strings (T11) may not. One walk, linear in the value.
   */
  void checkStorable(ScimNode value) {
    // The resource object, an extension's object, and an element of a multi-valued attribute
    // hold the value: the room that is left.
    storable(value, resourceLimits.maxJsonDepth() - 3);
  }

  private void storable(ScimNode value, int room) {
    switch (value.kind()) {
      case OBJECT, ARRAY -> {
        if (room <= 0) {
          throw invalidValue("the value is nested deeper than a stored resource may be ("
              + resourceLimits.maxJsonDepth() + " levels)");
        }
        if (value instanceof ScimObject o) {
          for (ScimObject.Member m : o.members()) {
            String name = m.name();
            if (name.length() > resourceLimits.maxNameLength()) {
              throw invalidValue("a member name of " + name.length() + " characters is longer than a stored resource's may be ("
                  + resourceLimits.maxNameLength() + ")");
            }
            if (Text.hasUnpairedSurrogate(name)) {
              throw invalidValue("a member name is not valid Unicode (unpaired surrogate): " + Text.quote(Text.snippet(name, 0, 32)));
            }
            storable(m.value(), room - 1);
          }
        } else {
          for (ScimNode e : (ScimArray) value) {
            storable(e, room - 1);
          }
        }
      }
      case STRING -> {
        int length = ((ScimString) value).value().length();
        if (length > resourceLimits.maxStringLength()) {
          throw invalidValue("a string of " + length + " characters is longer than a stored resource's may be ("
              + resourceLimits.maxStringLength() + ")");
        }
      }
      case NUMBER -> {
        BigDecimal n = ((ScimNumber) value).value();
        // The digits a reader counts: those of the unscaled value, and of the exponent if any.
        int digits = n.precision() + (n.scale() > 0 || n.scale() < -n.precision() ? 8 : Math.max(0, -n.scale()));
        if (digits > resourceLimits.maxNumberLength()) {
          throw invalidValue("a number of about " + digits + " digits is longer than a stored resource's may be ("
              + resourceLimits.maxNumberLength() + ")");
        }
      }
      case BOOLEAN, NULL -> { }
    }
  }

  private static Unresolvable invalidValue(String reason) {
    return new Unresolvable(ScimPatchException.of(ScimType.INVALID_VALUE, reason));
  }
}
