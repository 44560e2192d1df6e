package dev.scimpatch.engine;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.Names;
import dev.scimpatch.internal.Text;
import dev.scimpatch.path.Path;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.Mutability;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.Schema;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * PUT (RFC 7644 §3.5.1) as the PATCH operations that have its effect, so that it runs through the
 * same engine, checks and errors:
 * <ul>
 *   <li>readOnly attributes of the replacement are ignored ({@code id}, {@code meta},
 *       {@code schemas}, which the engine keeps, and every other readOnly one);</li>
 *   <li>immutable attributes that have a value must be given the same value (else
 *       {@code 400 mutability}), and are kept when the replacement leaves them out;</li>
 *   <li>required attributes, and required extensions, must be in the replacement
 *       ({@code 400 invalidValue});</li>
 *   <li>readWrite attributes the replacement leaves out (or sets to {@code null}) are removed;
 *       writeOnly ones ({@code password}) are kept, since no client can read them to send them
 *       back;</li>
 *   <li>every other attribute takes the replacement's value whole: a complex one is not merged.</li>
 * </ul>
 */
final class Put {
  private Put() {}

  static List<PatchOperation> operations(@Nullable ResourceSchema schema, ScimObject current, ScimObject replacement) {
    if (schema != null) {
      checkRequired(schema, replacement);
    }
    List<PatchOperation> ops = new ArrayList<>();
    Map<String, String> extensions = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (ScimObject resource : List.of(current, replacement)) {
      for (ScimObject.Member m : resource.members()) {
        String folded = Ascii.toLowerCase(m.name());
        if (isExtension(schema, m.name(), m.value())) {
          extensions.putIfAbsent(folded, m.name());
        } else {
          names.putIfAbsent(folded, m.name());
        }
      }
    }
    for (String name : names.values()) {
      Attribute def = schema != null ? schema.coreAttribute(name).orElseGet(() -> common(name)) : common(name);
      attribute(null, name, def, current.get(name), replacement.get(name), ops);
    }
    for (String urn : extensions.values()) {
      Schema ext = schema == null ? null : schema.schema(urn).orElse(null);
      ScimNode cur = current.get(urn);
      ScimNode rep = replacement.get(urn);
      ScimObject c = cur instanceof ScimObject o ? o : ScimObject.empty();
      ScimObject r = rep instanceof ScimObject o ? o : ScimObject.empty();
      Map<String, String> attrs = new LinkedHashMap<>();
      for (ScimObject o : List.of(c, r)) {
        for (String n : o.names()) {
          attrs.putIfAbsent(Ascii.toLowerCase(n), n);
        }
      }
      for (String name : attrs.values()) {
        Attribute def = ext == null ? null : ext.attribute(name).orElse(null);
        attribute(urn, name, def, c.get(name), r.get(name), ops);
      }
    }
    return ops;
  }

  private static void attribute(@Nullable String urn, String name, @Nullable Attribute def, @Nullable ScimNode cur,
      @Nullable ScimNode rep, List<PatchOperation> ops) {
    if (Ascii.equalsIgnoreCase(name, "schemas") && urn == null) {
      return; // the engine keeps schemas (R-EXT-3)
    }
    Mutability mutability = def == null ? Mutability.READ_WRITE : def.mutability();
    if (mutability == Mutability.READ_ONLY) {
      return;
    }
    if (rep == null || rep.isNull()) {
      if (cur != null && !cur.isNull() && mutability == Mutability.READ_WRITE) {
        ops.add(new PatchOperation.Remove(path(urn, name)));
      }
      return;
    }
    boolean has = cur != null && !cur.isNull();
    if (cur != null && has && cur.equals(rep)) {
      return;
    }
    boolean complexSingle = def != null ? def.isComplex() && !def.multiValued() : rep instanceof ScimObject;
    if (cur != null && has && (complexSingle || cur.kind() != rep.kind())) {
      // A complex value replaces the old one whole (replace would merge its sub-attributes), and
      // so does a value of another shape than the stored one.
      ops.add(new PatchOperation.Remove(path(urn, name)));
      ops.add(new PatchOperation.Add(path(urn, name), rep));
    } else {
      ops.add(new PatchOperation.Replace(path(urn, name), rep));
    }
  }

  private static Path path(@Nullable String urn, String name) {
    if (!Names.isAttrName(name)) {
      throw ScimPatchException.of(ScimType.INVALID_PATH, Text.quote(name)
          + " is not an attribute name (RFC 7643 §2.1)");
    }
    return new Path(urn, name, null, null);
  }

  private static boolean isExtension(@Nullable ResourceSchema schema, String name, ScimNode value) {
    if (!Names.isUrn(name) || Names.isAttrName(name)) {
      return false;
    }
    if (schema == null) {
      return value instanceof ScimObject;
    }
    return schema.schema(name).filter(s -> s != schema.core()).isPresent() || value instanceof ScimObject;
  }

  private static @Nullable Attribute common(String name) {
    return ResourceSchema.commonAttribute(name).orElse(null);
  }

  private static void checkRequired(ResourceSchema schema, ScimObject replacement) {
    for (Attribute a : schema.core().attributes()) {
      if (a.required() && a.mutability() != Mutability.READ_ONLY && isMissing(replacement.get(a.name()))) {
        throw missing(Text.quote(a.name()) + " is required");
      }
    }
    for (Schema ext : schema.extensions()) {
      ScimNode container = replacement.get(ext.id());
      if (schema.isRequired(ext.id()) && !(container instanceof ScimObject)) {
        throw missing("the extension " + Text.quote(ext.id()) + " is required");
      }
      if (container instanceof ScimObject o) {
        for (Attribute a : ext.attributes()) {
          if (a.required() && a.mutability() != Mutability.READ_ONLY && isMissing(o.get(a.name()))) {
            throw missing(Text.quote(ext.id() + ":" + a.name()) + " is required");
          }
        }
      }
    }
  }

  private static boolean isMissing(@Nullable ScimNode v) {
    return v == null || v.isNull() || (v instanceof ScimArray a && a.isEmpty());
  }

  private static ScimPatchException missing(String what) {
    return ScimPatchException.of(ScimType.INVALID_VALUE, what + ": a PUT replaces the whole resource (RFC 7644 §3.5.1)");
  }
}
