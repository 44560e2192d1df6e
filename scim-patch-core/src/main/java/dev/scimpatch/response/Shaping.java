package dev.scimpatch.response;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.Names;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.Returned;
import dev.scimpatch.schema.Schema;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Shapes a resource for a response (RFC 7644 §3.4.2.5, §3.9, §3.5.2 "subject to the attributes
 * parameters"), for PATCH, PUT and GET alike: by each attribute's and sub-attribute's
 * {@code returned} characteristic and the request's {@link AttributeSelection}.
 * <ul>
 *   <li>{@code never}: never returned ({@code password});</li>
 *   <li>{@code always}: always returned, whatever the parameters ({@code id}, {@code schemas});</li>
 *   <li>{@code request}: returned only when {@code attributes} names it;</li>
 *   <li>{@code default}: returned unless {@code attributes} is given and does not name it, or
 *       {@code excludedAttributes} names it.</li>
 * </ul>
 * Naming a sub-attribute ({@code name.givenName}) returns its attribute with only the named
 * sub-attributes (and those returned {@code always}); naming an extension's URN returns the whole
 * extension. Attributes a schema does not define, and every attribute without a schema but the
 * common ones, are {@code default}. Linear in the size of the resource.
 *
 * @since 0.1
 */
public final class Shaping {
  private Shaping() {}

  /**
   * Shapes a resource by the {@code returned} characteristics alone (no parameters).
   *
   * @param resource the resource
   * @param schema its schema, or {@code null}
   * @return the resource as a response carries it
   */
  public static ScimObject shape(ScimObject resource, @Nullable ResourceSchema schema) {
    return shape(resource, schema, AttributeSelection.none());
  }

  /**
   * Shapes a resource by the {@code returned} characteristics and the request's parameters.
   *
   * @param resource the resource
   * @param schema its schema, or {@code null}
   * @param selection the parsed {@code attributes} / {@code excludedAttributes}
   * @return the resource as a response carries it
   */
  public static ScimObject shape(ScimObject resource, @Nullable ResourceSchema schema, AttributeSelection selection) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(selection, "selection");
    ScimObject.Builder out = ScimObject.builder();
    boolean same = true;
    for (ScimObject.Member m : resource.members()) {
      String name = m.name();
      ScimNode value = m.value();
      Schema extension = extension(schema, name, value);
      ScimNode shaped;
      if (extension != null || (schema == null && isContainer(name, value))) {
        String container = Ascii.toLowerCase(name);
        shaped = container((ScimObject) value, extension, container, selection);
      } else {
        Attribute def = schema != null ? schema.coreAttribute(name).orElseGet(() -> common(name))
            : common(name);
        shaped = attribute("", Ascii.toLowerCase(name), def, value, selection);
      }
      if (shaped != null) {
        out.put(name, shaped);
      }
      same &= shaped == value;
    }
    return same ? resource : out.build();
  }

  private static @Nullable Schema extension(@Nullable ResourceSchema schema, String name, ScimNode value) {
    if (schema == null || !(value instanceof ScimObject) || !Names.isUrn(name)) {
      return null;
    }
    Schema s = schema.schema(name).orElse(null);
    return s == null || s == schema.core() ? null : s;
  }

  private static boolean isContainer(String name, ScimNode value) {
    return value instanceof ScimObject && Names.isUrn(name) && !Names.isAttrName(name);
  }

  private static @Nullable Attribute common(String name) {
    return ResourceSchema.commonAttribute(name).orElse(null);
  }

  /** An extension's container: its attributes shaped; {@code null} when none is left. */
  private static @Nullable ScimNode container(ScimObject value, @Nullable Schema schema, String container,
      AttributeSelection selection) {
    ScimObject.Builder out = ScimObject.builder();
    boolean same = true;
    for (ScimObject.Member m : value.members()) {
      Attribute def = schema == null ? null : schema.attribute(m.name()).orElse(null);
      ScimNode shaped = attribute(container, Ascii.toLowerCase(m.name()), def, m.value(), selection);
      if (shaped != null) {
        out.put(m.name(), shaped);
      }
      same &= shaped == m.value();
    }
    if (same) {
      return value;
    }
    ScimObject built = out.build();
    return built.isEmpty() ? null : built;
  }

  /** One attribute: kept whole, kept with some sub-attributes, or left out ({@code null}). */
  private static @Nullable ScimNode attribute(String container, String name, @Nullable Attribute def, ScimNode value,
      AttributeSelection sel) {
    Returned returned = def == null ? Returned.DEFAULT : def.returned();
    boolean named = sel.names(container, name);
    boolean subNamed = sel.namesASubAttributeOf(container, name);
    boolean keep = switch (returned) {
      case NEVER -> false;
      case ALWAYS -> true;
      case REQUEST -> named || subNamed;
      case DEFAULT -> sel.hasAttributes() ? named || subNamed : !sel.excludes(container, name);
    };
    if (!keep) {
      return null;
    }
    // Only the named sub-attributes, when the attribute itself is not named whole.
    boolean onlyNamed = subNamed && !named;
    if (value instanceof ScimObject o) {
      return subAttributes(container, name, def, o, named, onlyNamed, sel);
    }
    if (value instanceof ScimArray a && hasObjects(a)) {
      ScimArray.Builder out = ScimArray.builder();
      boolean same = true;
      for (ScimNode e : a) {
        ScimNode shaped = e instanceof ScimObject o ? subAttributes(container, name, def, o, named, onlyNamed, sel) : e;
        if (shaped != null) {
          out.add(shaped);
        }
        same &= shaped == e;
      }
      return same ? value : out.build();
    }
    return value;
  }

  private static boolean hasObjects(ScimArray a) {
    for (ScimNode e : a) {
      if (e instanceof ScimObject) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable ScimNode subAttributes(String container, String name, @Nullable Attribute def, ScimObject value,
      boolean named, boolean onlyNamed, AttributeSelection sel) {
    ScimObject.Builder out = ScimObject.builder();
    boolean same = true;
    for (ScimObject.Member m : value.members()) {
      String sub = Ascii.toLowerCase(m.name());
      Attribute subDef = def == null ? null : def.subAttribute(m.name()).orElse(null);
      Returned returned = subDef == null ? Returned.DEFAULT : subDef.returned();
      boolean subNamed = sel.names(container, name, sub);
      boolean keep = switch (returned) {
        case NEVER -> false;
        case ALWAYS -> true;
        case REQUEST -> subNamed || named;
        case DEFAULT -> onlyNamed ? subNamed : !sel.excludes(container, name, sub);
      };
      if (keep) {
        out.put(m.name(), m.value());
      } else {
        same = false;
      }
    }
    if (same) {
      return value;
    }
    ScimObject built = out.build();
    return built.isEmpty() ? null : built;
  }
}
