package dev.scimpatch.resolve;

import dev.scimpatch.Limits;
import dev.scimpatch.Op;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.Tolerance.FilterLiterals;
import dev.scimpatch.Tolerance.NoPathSchemas;
import dev.scimpatch.Tolerance.SchemalessTypes;
import dev.scimpatch.Tolerance.UnknownAttributes;
import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.Names;
import dev.scimpatch.internal.Text;
import dev.scimpatch.path.AttributeTraits;
import dev.scimpatch.path.Filter;
import dev.scimpatch.path.FilterEvaluator;
import dev.scimpatch.path.Path;
import dev.scimpatch.path.PathParser;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.schema.Attribute;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.Schema;
import dev.scimpatch.tree.ScimArray;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import dev.scimpatch.tree.ScimString;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A resource type as one server sees it: its schema (or none: schema-less resources), joined with
 * the schema extensions its {@link Profile} knows, and the profile's value tolerances. Built once,
 * by whoever builds an engine or reads requests, and shared: it is the one place that merges
 * extensions, knows the schema URNs paths are parsed with, and resolves names, so a path parser,
 * a request reader and an engine built from one {@code ResourceType} cannot disagree.
 *
 * <p>{@link #resolve(PatchOperation)} turns an operation into the steps the engine applies: names
 * resolved (R-PATH-5, R-PATH-7, R-PATH-8, R-PATH-11, R-PATH-12, R-EXT-4), each value walked once
 * against its definition (types, canonical sub-attribute names) and shaped by the profile's value
 * tolerances (T5, T7–T11, T15, T16).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ResourceType {

  private static final ResourceType SCHEMALESS =
      new ResourceType(null, Profile.strict(), List.of(), Limits.defaults(), Limits.resourceDefaults());

  private final @Nullable ResourceSchema schema;
  private final Profile profile;
  private final Limits limits;
  private final Limits resourceLimits;
  private final List<String> knownUrns;
  private final AttributeTraits traits;
  private final FilterEvaluator evaluator;
  private final Values values;
  private final Values strictValues;
  private final PathParser paths;

  private ResourceType(@Nullable ResourceSchema schema, Profile profile, List<String> moreUrns, Limits limits,
      Limits resourceLimits) {
    this.limits = limits;
    this.resourceLimits = resourceLimits;
    this.schema = schema == null || profile.extensions().isEmpty() ? schema : schema.withExtensions(profile.extensions());
    this.profile = profile;
    List<String> urns = new ArrayList<>();
    if (this.schema != null) {
      urns.addAll(this.schema.schemaUrns());
    } else {
      profile.extensions().forEach(e -> urns.add(e.id()));
    }
    for (String urn : moreUrns) {
      if (!Names.isUrn(urn)) {
        throw new IllegalArgumentException("not a schema URN: " + urn);
      }
      if (urns.stream().noneMatch(u -> Ascii.equalsIgnoreCase(u, urn))) {
        urns.add(urn);
      }
    }
    this.knownUrns = List.copyOf(urns);
    this.traits = this.schema == null ? AttributeTraits.schemaless() : new SchemaTraits(this.schema);
    this.evaluator = this.schema == null ? FilterEvaluator.schemaless() : FilterEvaluator.of(traits);
    this.values = new Values(profile, resourceLimits);
    this.strictValues = new Values(Profile.strict(), resourceLimits);
    this.paths = PathParser.builder().schemaUrns(knownUrns).limits(limits).build();
  }

  /**
   * Returns the resource type of {@code schema} under {@code profile}.
   *
   * @param schema the resource schema, or {@code null} for schema-less resources
   * @param profile the profile, whose extensions join the schema's
   * @return the resource type
   */
  public static ResourceType of(@Nullable ResourceSchema schema, Profile profile) {
    Objects.requireNonNull(profile, "profile");
    return schema == null && profile.equals(Profile.strict())
        ? SCHEMALESS : new ResourceType(schema, profile, List.of(), Limits.defaults(), Limits.resourceDefaults());
  }

  /**
   * Returns a schema-less resource type whose paths may begin with these schema URNs besides the
   * profile's extensions (R-PATH-8): for reading requests where only the URNs are known.
   *
   * @param profile the profile
   * @param schemaUrns the URNs
   * @return the resource type
   * @throws IllegalArgumentException if one is not a URN ({@code urn:NID:NSS})
   */
  public static ResourceType schemaless(Profile profile, List<String> schemaUrns) {
    Objects.requireNonNull(profile, "profile");
    return schemaUrns.isEmpty() ? of(null, profile)
        : new ResourceType(null, profile, schemaUrns, Limits.defaults(), Limits.resourceDefaults());
  }

  /**
   * Returns this resource type with other limits.
   *
   * @param limits the limits of requests: paths, filters, work ({@link Limits#defaults()} unless set)
   * @param resourceLimits the limits of stored resources, which values a request puts into a resource
   *     must fit so that the server can read it back ({@link Limits#resourceDefaults()} unless set)
   * @return the resource type
   */
  public ResourceType withLimits(Limits limits, Limits resourceLimits) {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(resourceLimits, "resourceLimits");
    if (limits.equals(this.limits) && resourceLimits.equals(this.resourceLimits)) {
      return this;
    }
    List<String> more = schema == null ? knownUrns : List.of();
    return new ResourceType(schema == null ? null : schema, profile, more, limits, resourceLimits);
  }

  /** {@return the limits of requests: paths, filters, the work of one request} */
  public Limits limits() {
    return limits;
  }

  /** {@return the limits of stored resources, which every result fits} */
  public Limits resourceLimits() {
    return resourceLimits;
  }

  /** {@return the schema-less resource type under the strict profile} */
  public static ResourceType schemaless() {
    return SCHEMALESS;
  }

  /** {@return the schema with the profile's extensions, or empty for schema-less resources} */
  public Optional<ResourceSchema> schema() {
    return Optional.ofNullable(schema);
  }

  /** {@return the profile whose extensions and value tolerances this resource type applies} */
  public Profile profile() {
    return profile;
  }

  /** {@return the resource type's name for messages: the schema's name, or "the resource"} */
  public String name() {
    return schema == null ? "the resource" : schema.name();
  }

  /**
   * {@return the schema URNs paths are parsed with: the schema's and the profile's extensions',
   * and those given to {@link #schemaless(Profile, List)}}
   */
  public List<String> knownUrns() {
    return knownUrns;
  }

  /** {@return the path parser of this resource type: it knows {@link #knownUrns()} and enforces {@link #limits()}} */
  public PathParser pathParser() {
    return paths;
  }

  /**
   * {@return what filters need to know about attributes (case-exactness, types)} Without a schema,
   * every attribute is case-insensitive and types come from the values.
   */
  public AttributeTraits traits() {
    return traits;
  }

  /** {@return the filter evaluator of this resource type, which uses {@link #traits()}} */
  public FilterEvaluator evaluator() {
    return evaluator;
  }

  /**
   * {@return the extension whose URN matches {@code urn} ignoring case, if the schema has one}
   * Empty for schema-less resources.
   *
   * @param urn the extension's URN
   */
  public Optional<Schema> extension(String urn) {
    return schema == null ? Optional.empty() : schema.extension(urn);
  }

  /**
   * Whether a key of a value without a path names a schema: with a schema, one of its URNs (a URN
   * it does not know is {@code 400 invalidPath}); without, any URN.
   *
   * @param key a key of the value, for example {@code name} or
   *     {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User}
   * @return whether it names a schema rather than an attribute
   * @throws ScimPatchException {@code 400 invalidPath} for a URN the schema does not have
   */
  public boolean isSchemaKey(String key) {
    try {
      return schemaKey(key);
    } catch (Unresolvable u) {
      throw u.error;
    }
  }

  private boolean schemaKey(String key) {
    if (schema == null) {
      return Names.isUrn(key);
    }
    if (schema.schema(key).isPresent()) {
      return true;
    }
    if (Names.isUrn(key)) {
      throw unknownSchema(key);
    }
    return false;
  }

  // ------------------------------------------------------------------ resolving operations

  /**
   * What one operation resolves into.
   *
   * @param operation the canonical operation (values shaped and checked), or {@code null} when the
   *     profile drops the whole operation (T15, T16)
   * @param steps the steps the engine applies: one for an operation with a path, one per attribute
   *     for one without; none when it fails
   * @param failure why the operation does not resolve (a name the schema does not define, a value
   *     of the wrong type), which the engine reports when it reaches the operation; {@code null}
   *     when it resolves
   * @since 0.1
   */
  public record Resolved(@Nullable PatchOperation operation, List<ResolvedOperation> steps,
      @Nullable ScimPatchException failure) {
    /**
     * Creates a resolution.
     *
     * @param operation the canonical operation, or {@code null} when the profile drops it
     * @param steps the steps the engine applies; copied
     * @param failure why the operation does not resolve, or {@code null} when it resolves
     */
    public Resolved {
      steps = List.copyOf(steps);
    }

    Resolved(@Nullable PatchOperation operation, List<ResolvedOperation> steps) {
      this(operation, steps, null);
    }

    /**
     * Returns the steps.
     *
     * @return the steps, if the operation resolves
     * @throws ScimPatchException the failure, if the operation does not resolve
     */
    public List<ResolvedOperation> stepsOrThrow() {
      if (failure != null) {
        throw failure;
      }
      return steps;
    }
  }

  /**
   * Resolves every operation of a request, each standing for itself in errors.
   *
   * @param request the request
   * @return the resolved request, whose steps each name the operation they came from
   * @throws ScimPatchException as {@link #resolve(PatchOperation)}, naming the operation
   */
  public ResolvedRequest resolve(PatchRequest request) {
    ResolvedRequest.Builder b = ResolvedRequest.builder();
    List<PatchOperation> operations = request.operations();
    for (int i = 0; i < operations.size(); i++) {
      PatchOperation op = operations.get(i);
      Path path = op.path();
      String pathText = path == null ? null : path.toString();
      try {
        ResourceType.Resolved r = resolve(op);
        r.stepsOrThrow();
        b.add(r, i, pathText);
      } catch (ScimPatchException e) {
        throw e.withOperation(i, pathText);
      }
    }
    return b.build();
  }

  /**
   * Resolves one operation. A name the schema does not define ({@code 400 invalidPath}), a filter
   * on names its attribute does not have ({@code invalidFilter}), a value of the wrong type
   * ({@code invalidValue}) make the {@link Resolved#failure() failure} the engine reports.
   *
   * @param op the operation
   * @return what it resolves into
   * @throws ScimPatchException where the profile's tolerances refuse the operation (T9, T15)
   */
  public Resolved resolve(PatchOperation op) {
    try {
      Resolved r = resolveOrThrow(op);
      for (ResolvedOperation step : r.steps()) {
        ScimNode value = step.value();
        if (value != null) {
          values.checkStorable(value);
        }
      }
      return r;
    } catch (Unresolvable u) {
      return new Resolved(op, List.of(), u.error);
    }
  }

  private Resolved resolveOrThrow(PatchOperation op) {
    Path path = op.path();
    ScimNode value = op.value();
    if (path == null) {
      return withoutPath(op.op(), Objects.requireNonNull(value, "value"));
    }
    AttributeRef ref = find(path.schema(), path.attribute());
    if (ref == null) {
      return new Resolved(null, List.of());
    }
    Attribute def = ref.definition();
    String sub = path.subAttribute();
    Attribute subDef = null;
    if (sub != null && def != null) {
      subDef = subDefinition(ref, def, sub);
      if (values.dropsReadOnly(subDef, def.name() + "." + subDef.name())) {
        return new Resolved(null, List.of());
      }
      sub = subDef.name();
    }
    Filter filter = path.filter();
    if (filter != null && def != null) {
      FilterNames.check(ref, def, filter);
      if (profile.has(FilterLiterals.COERCED)) {
        filter = Values.coerceLiterals(def, filter); // T18
      }
    }
    ScimNode checked = null;
    if (value != null) {
      checked = def != null ? (subDef != null ? values.subAttribute(def, subDef, value)
              : filter != null ? values.element(def, value)
              : values.attribute(def, value, true))
          : schemalessTyped(ref, path.subAttribute(), value);
    }
    Path canonicalPath = filter == path.filter() ? path
        : new Path(path.schema(), path.attribute(), filter, path.subAttribute());
    PatchOperation canonical = checked == value && canonicalPath == path ? op
        : make(op.op(), canonicalPath, Objects.requireNonNull(checked));
    return new Resolved(canonical, List.of(new ResolvedOperation(op.op(), ref, filter, sub, subDef, checked)));
  }

  /** Add or replace without a path: one step per attribute the value names (R-ADD-2, R-REP-1, R-NOPATH-1..4). */
  private Resolved withoutPath(Op op, ScimNode value) {
    if (!(values.noPathValue(value) instanceof ScimObject object)) {
      throw invalidValue("without a path, the value must be an object of attributes, not "
          + value.jsonType() + " (R-NOPATH-1)");
    }
    List<ResolvedOperation> steps = new ArrayList<>();
    // The operation as resolved: members in order, checked values, dropped ones left out.
    ScimObject.Builder canonical = ScimObject.builder();
    boolean same = true;
    for (ScimObject.Member m : object.members()) {
      String key = m.name();
      if (profile.has(NoPathSchemas.DESCRIBES_VALUE) && Ascii.equalsIgnoreCase(key, "schemas")
          && describesValue(m.value())) {
        same = false; // T20: dropped
      } else if (Names.isAttrName(key)) {
        ScimNode checked = step(op, null, key, m.value(), steps);
        same &= checked == m.value();
        if (checked != null) {
          canonical.put(key, checked);
        }
      } else if (schemaKey(key)) {
        if (!(m.value() instanceof ScimObject attributes)) {
          throw invalidValue("the value of schema " + Text.quote(key) + " must be an object of its attributes, not "
              + m.value().jsonType());
        }
        ScimObject.Builder inner = ScimObject.builder();
        boolean innerSame = true;
        for (ScimObject.Member a : attributes.members()) {
          if (!Names.isAttrName(a.name())) {
            throw invalidPath(Text.quote(a.name()) + " is not an attribute name");
          }
          ScimNode checked = step(op, key, a.name(), a.value(), steps);
          innerSame &= checked == a.value();
          if (checked != null) {
            inner.put(a.name(), checked);
          }
        }
        same &= innerSame;
        canonical.put(key, innerSame ? attributes : inner.build());
      } else {
        throw invalidPath(Text.quote(key) + " is not an attribute name or a schema URN; a value without a path "
            + "takes attribute names as keys (U-4)");
      }
    }
    ScimObject resolved = same ? object : canonical.build();
    return resolved.isEmpty() ? new Resolved(null, List.of()) : new Resolved(make(op, null, resolved), steps);
  }

  /** T20: a path-less value's {@code schemas}, listing only URNs of this resource type. */
  private boolean describesValue(ScimNode value) {
    if (!(value instanceof ScimArray array)) {
      return false;
    }
    for (ScimNode urn : array) {
      if (!(urn instanceof ScimString s) || !(schema == null ? Names.isUrn(s.value())
          : knownUrns.stream().anyMatch(u -> Ascii.equalsIgnoreCase(u, s.value())))) {
        return false;
      }
    }
    return true;
  }

  /** One attribute of a value without a path; returns its checked value, {@code null} if dropped. */
  private @Nullable ScimNode step(Op op, @Nullable String urn, String name, ScimNode value, List<ResolvedOperation> steps) {
    AttributeRef ref = find(urn, name);
    if (ref == null) {
      return null;
    }
    Attribute def = ref.definition();
    ScimNode checked = def == null ? schemalessTyped(ref, null, value) : values.attribute(def, value, false);
    steps.add(new ResolvedOperation(op, ref, null, null, null, checked));
    return checked;
  }

  /**
   * Without a schema, T17: the value of an attribute named as in RFC 7643's schemas, coerced as
   * T5 coerces values of that type; else the value as it is.
   */
  private ScimNode schemalessTyped(AttributeRef ref, @Nullable String sub, ScimNode value) {
    if (schema != null || !profile.has(SchemalessTypes.RFC_NAMES)) {
      return value;
    }
    Attribute rfc = Values.rfcAttribute(ref.container(), ref.name());
    if (rfc != null && sub != null) {
      rfc = rfc.subAttribute(sub).orElse(null);
    }
    return rfc == null ? value : values.coerceOnly(rfc, value);
  }

  private static PatchOperation make(Op op, @Nullable Path path, ScimNode value) {
    return switch (op) {
      case ADD -> new PatchOperation.Add(path, value);
      case REPLACE -> new PatchOperation.Replace(path, value);
      case REMOVE -> throw new IllegalArgumentException("a remove has no value");
    };
  }

  /**
   * Checks a value the engine makes itself (an element made from a filter's terms, S2/S3) as a
   * value of {@code def}, with the strict value rules.
   *
   * @param def the definition of the multi-valued attribute the element is for
   * @param element the element
   * @return the element as checked, sub-attribute names in the schema's spelling
   * @throws ScimPatchException {@code 400 invalidValue} if it is not a valid value of {@code def}
   */
  public ScimNode checkElement(Attribute def, ScimNode element) {
    try {
      return strictValues.element(def, element);
    } catch (Unresolvable u) {
      throw u.error;
    }
  }

  // ------------------------------------------------------------------ names

  /**
   * Resolves an attribute name and optional schema URN.
   *
   * @param urn the schema URN the name was qualified with, or {@code null}
   * @param name the attribute's name, in any ASCII case
   * @return the attribute, or {@code null} when the profile drops operations on it (T15, T16)
   * @throws ScimPatchException {@code 400 invalidPath} for an unknown schema or attribute, or a
   *     name that several extensions define (R-EXT-4); {@code 400 mutability} for a readOnly
   *     attribute where the profile refuses one even unchanged (T15)
   */
  public @Nullable AttributeRef lookup(@Nullable String urn, String name) {
    try {
      return find(urn, name);
    } catch (Unresolvable u) {
      throw u.error;
    }
  }

  /**
   * Whether the profile drops operations on an attribute (T15, T16); a name that does not resolve
   * is not dropped, and fails where it is resolved.
   *
   * @param urn the schema URN the name was qualified with, or {@code null}
   * @param name the attribute's name, in any ASCII case
   * @return whether operations on it are dropped
   * @throws ScimPatchException where the profile refuses a readOnly attribute even unchanged (T15)
   */
  public boolean drops(@Nullable String urn, String name) {
    try {
      return find(urn, name) == null;
    } catch (Unresolvable u) {
      return false;
    }
  }

  private @Nullable AttributeRef find(@Nullable String urn, String name) {
    if (schema == null) {
      // A URN-qualified name is a common attribute only if the URN is the resource's core schema,
      // which the engine alone knows: it looks the definition up then (RFC 7643 §3.1).
      return new AttributeRef(urn, name, urn == null ? ResourceSchema.commonAttribute(name).orElse(null) : null, null);
    }
    if (urn != null) {
      Schema s = schema.schema(urn).orElseThrow(() -> unknownSchema(urn));
      if (s == schema.core()) {
        Optional<Attribute> def = schema.coreAttribute(name);
        return def.isEmpty() ? unknown(name, s.id()) : checked(new AttributeRef(null, def.get().name(), def.get(), s.id()));
      }
      Optional<Attribute> def = s.attribute(name);
      if (def.isEmpty() && s.open()) {
        return new AttributeRef(s.id(), name, null, s.id());
      }
      return def.isEmpty() ? unknown(name, s.id()) : checked(new AttributeRef(s.id(), def.get().name(), def.get(), s.id()));
    }
    Optional<Attribute> core = schema.coreAttribute(name);
    if (core.isPresent()) {
      return checked(new AttributeRef(null, core.get().name(), core.get(), schema.core().id()));
    }
    AttributeRef found = null;
    for (Schema s : schema.extensions()) {
      Optional<Attribute> def = s.attribute(name);
      if (def.isPresent()) {
        if (found != null) {
          throw invalidPath(Text.quote(name) + " is defined by more than one extension; qualify it with its schema URN (R-EXT-4)");
        }
        found = new AttributeRef(s.id(), def.get().name(), def.get(), s.id());
      }
    }
    return found == null ? unknown(name, null) : checked(found);
  }

  private @Nullable AttributeRef checked(AttributeRef ref) {
    Attribute def = Objects.requireNonNull(ref.definition());
    return values.dropsReadOnly(def, def.name()) ? null : ref;
  }

  private @Nullable AttributeRef unknown(String name, @Nullable String urn) {
    if (profile.has(UnknownAttributes.IGNORE)) {
      return null;
    }
    throw invalidPath(Text.quote(name) + " is not an attribute of " + (urn != null ? urn : name()) + " (R-PATH-11)");
  }

  private static Attribute subDefinition(AttributeRef ref, Attribute def, String sub) {
    if (!def.isComplex()) {
      throw invalidPath(Text.quote(ref.name()) + " is " + def.type() + ", not complex: it has no sub-attribute "
          + Text.quote(sub) + " (R-PATH-11)");
    }
    return def.subAttribute(sub).orElseThrow(() -> invalidPath(
        Text.quote(sub) + " is not a sub-attribute of " + Text.quote(ref.name()) + " (R-PATH-11)"));
  }

  /** A value filter selects values of a multi-valued attribute by its sub-attributes (R-PATH-12). */
  private Unresolvable unknownSchema(String urn) {
    ResourceSchema s = Objects.requireNonNull(schema);
    return invalidPath("unknown schema " + Text.quote(urn) + "; " + s.name() + " has " + s.schemaUrns());
  }

  private static Unresolvable invalidPath(String reason) {
    return new Unresolvable(ScimPatchException.of(ScimType.INVALID_PATH, reason));
  }

  private static Unresolvable invalidValue(String reason) {
    return new Unresolvable(ScimPatchException.of(ScimType.INVALID_VALUE, reason));
  }

  @Override
  public String toString() {
    return "ResourceType{" + (schema == null ? "schema-less" : schema.name() + " " + knownUrns) + ", " + profile + '}';
  }
}
