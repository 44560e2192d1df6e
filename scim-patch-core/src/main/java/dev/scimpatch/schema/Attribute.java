package dev.scimpatch.schema;

import dev.scimpatch.internal.Ascii;
import dev.scimpatch.internal.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An attribute definition (RFC 7643 §2.2, §7): name, type and characteristics.
 *
 * <p>The {@linkplain #builder(String) builder} starts from the RFC's defaults (R-CHR-1): type
 * {@code string}, single-valued, not required, not case-exact, {@code readWrite},
 * {@code returned default}, uniqueness {@code none}.
 *
 * @param name the attribute name (an ATTRNAME, or {@code $ref} for a sub-attribute)
 * @param type the data type
 * @param multiValued whether the attribute holds an array of values
 * @param description human-readable description, empty if none
 * @param required whether the attribute must have a value
 * @param caseExact whether string values compare case-sensitively
 * @param mutability when clients may change it
 * @param returned when it is returned
 * @param uniqueness how unique its values are
 * @param canonicalValues suggested values, empty if none
 * @param referenceTypes for references, the resource types referred to
 * @param subAttributes for complex attributes, the sub-attributes (never complex themselves)
 * @since 0.1
 */
public record Attribute(
    String name,
    AttributeType type,
    boolean multiValued,
    String description,
    boolean required,
    boolean caseExact,
    Mutability mutability,
    Returned returned,
    Uniqueness uniqueness,
    List<String> canonicalValues,
    List<String> referenceTypes,
    List<Attribute> subAttributes) {

  /**
   * Creates an attribute definition. The lists are copied.
   *
   * @param name the attribute name: an ATTRNAME, or {@code $ref}
   * @param type the data type
   * @param multiValued whether the attribute holds an array of values
   * @param description human-readable description, empty if none
   * @param required whether the attribute must have a value
   * @param caseExact whether string values compare case-sensitively
   * @param mutability when clients may change it
   * @param returned when it is returned
   * @param uniqueness how unique its values are
   * @param canonicalValues suggested values, empty if none
   * @param referenceTypes for references, the resource types referred to, empty if none
   * @param subAttributes for complex attributes, the sub-attributes; empty for any other type
   * @throws IllegalArgumentException if the name is not an attribute name, a complex attribute has
   *     a complex sub-attribute (RFC 7643 §2.3.8), a simple attribute has sub-attributes, or two
   *     sub-attributes have names that match ignoring case
   */
  public Attribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(mutability, "mutability");
    Objects.requireNonNull(returned, "returned");
    Objects.requireNonNull(uniqueness, "uniqueness");
    canonicalValues = List.copyOf(canonicalValues);
    referenceTypes = List.copyOf(referenceTypes);
    subAttributes = List.copyOf(subAttributes);
    if (!Names.isAttrName(name) && !Names.isRef(name)) {
      throw new IllegalArgumentException("not an attribute name: " + name);
    }
    if (type != AttributeType.COMPLEX && !subAttributes.isEmpty()) {
      throw new IllegalArgumentException(name + " is " + type + " and cannot have sub-attributes");
    }
    for (int i = 0; i < subAttributes.size(); i++) {
      Attribute sub = subAttributes.get(i);
      if (sub.type == AttributeType.COMPLEX) {
        throw new IllegalArgumentException(
            "complex attribute " + name + " cannot have complex sub-attribute " + sub.name + " (RFC 7643 §2.3.8)");
      }
      for (int j = 0; j < i; j++) {
        if (Ascii.equalsIgnoreCase(subAttributes.get(j).name, sub.name)) {
          throw new IllegalArgumentException(name + " has two sub-attributes named " + sub.name);
        }
      }
    }
  }

  /**
   * Returns a builder for an attribute named {@code name}, starting from the RFC's defaults.
   *
   * @param name the attribute name: an ATTRNAME, or {@code $ref}; checked when the definition is
   *     built
   * @return the builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** {@return a builder holding this definition, to build a changed copy} */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.type = type;
    b.multiValued = multiValued;
    b.description = description;
    b.required = required;
    b.caseExact = caseExact;
    b.mutability = mutability;
    b.returned = returned;
    b.uniqueness = uniqueness;
    b.canonicalValues.addAll(canonicalValues);
    b.referenceTypes.addAll(referenceTypes);
    b.subAttributes.addAll(subAttributes);
    return b;
  }

  /** {@return whether this is a complex attribute, its type {@link AttributeType#COMPLEX}} */
  public boolean isComplex() {
    return type == AttributeType.COMPLEX;
  }

  /**
   * {@return the sub-attribute whose name matches {@code name} ignoring ASCII case, if there is one}
   *
   * @param name the sub-attribute's name, in any ASCII case
   */
  public Optional<Attribute> subAttribute(String name) {
    for (Attribute sub : subAttributes) {
      if (Ascii.equalsIgnoreCase(sub.name, name)) {
        return Optional.of(sub);
      }
    }
    return Optional.empty();
  }

  /**
   * Builds an {@link Attribute}; every setter's default is the RFC's.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final String name;
    private AttributeType type = AttributeType.STRING;
    private boolean multiValued;
    private String description = "";
    private boolean required;
    private boolean caseExact;
    private Mutability mutability = Mutability.READ_WRITE;
    private Returned returned = Returned.DEFAULT;
    private Uniqueness uniqueness = Uniqueness.NONE;
    private final List<String> canonicalValues = new ArrayList<>();
    private final List<String> referenceTypes = new ArrayList<>();
    private final List<Attribute> subAttributes = new ArrayList<>();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Sets the type. Default {@code string}.
     *
     * @param type the data type
     * @return this builder
     */
    public Builder type(AttributeType type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /**
     * Sets whether the attribute is multi-valued. Default {@code false}.
     *
     * @param multiValued whether it holds an array of values
     * @return this builder
     */
    public Builder multiValued(boolean multiValued) {
      this.multiValued = multiValued;
      return this;
    }

    /**
     * Sets the description. Default empty.
     *
     * @param description the description; empty for none
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets whether a value is required. Default {@code false}.
     *
     * @param required whether the attribute must have a value
     * @return this builder
     */
    public Builder required(boolean required) {
      this.required = required;
      return this;
    }

    /**
     * Sets whether strings compare case-sensitively. Default {@code false}.
     *
     * @param caseExact whether they do
     * @return this builder
     */
    public Builder caseExact(boolean caseExact) {
      this.caseExact = caseExact;
      return this;
    }

    /**
     * Sets the mutability. Default {@code readWrite}.
     *
     * @param mutability the mutability
     * @return this builder
     */
    public Builder mutability(Mutability mutability) {
      this.mutability = Objects.requireNonNull(mutability, "mutability");
      return this;
    }

    /**
     * Sets when the attribute is returned. Default {@code default}.
     *
     * @param returned when it is returned
     * @return this builder
     */
    public Builder returned(Returned returned) {
      this.returned = Objects.requireNonNull(returned, "returned");
      return this;
    }

    /**
     * Sets the uniqueness. Default {@code none}.
     *
     * @param uniqueness the uniqueness
     * @return this builder
     */
    public Builder uniqueness(Uniqueness uniqueness) {
      this.uniqueness = Objects.requireNonNull(uniqueness, "uniqueness");
      return this;
    }

    /**
     * Adds canonical values, after those added before.
     *
     * @param values the values, for example {@code "work"}, {@code "home"}
     * @return this builder
     */
    public Builder canonicalValues(String... values) {
      canonicalValues.addAll(List.of(values));
      return this;
    }

    /**
     * Adds reference types, after those added before.
     *
     * @param types the types: resource type names ({@code User}), {@code external} or {@code uri}
     * @return this builder
     */
    public Builder referenceTypes(String... types) {
      referenceTypes.addAll(List.of(types));
      return this;
    }

    /**
     * Adds sub-attributes, after those added before, and makes the type {@code complex}.
     *
     * @param subs the sub-attributes, none of them complex
     * @return this builder
     */
    public Builder subAttributes(Attribute... subs) {
      type = AttributeType.COMPLEX;
      subAttributes.addAll(List.of(subs));
      return this;
    }

    /**
     * Returns the definition.
     *
     * @return the definition
     * @throws IllegalArgumentException as {@link Attribute#Attribute the constructor} does
     */
    public Attribute build() {
      return new Attribute(name, type, multiValued, description, required, caseExact, mutability,
          returned, uniqueness, canonicalValues, referenceTypes, subAttributes);
    }
  }
}
