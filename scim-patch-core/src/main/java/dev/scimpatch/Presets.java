package dev.scimpatch;

import dev.scimpatch.DeniedOperation.Filtered;
import dev.scimpatch.Dialect.MemberRemoval;
import dev.scimpatch.Dialect.OpSpelling;
import dev.scimpatch.Dialect.OperationsMember;
import dev.scimpatch.Emulation.AllowedOps;
import dev.scimpatch.Emulation.DeniedOperations;
import dev.scimpatch.Emulation.Extensions;
import dev.scimpatch.Emulation.FilterMatches;
import dev.scimpatch.Emulation.FilteredPathTarget;
import dev.scimpatch.Emulation.MaxMembershipChanges;
import dev.scimpatch.Emulation.MaxOperations;
import dev.scimpatch.Emulation.OnceOnlyAttributes;
import dev.scimpatch.Emulation.OperationPaths;
import dev.scimpatch.Emulation.PathFilterAttributes;
import dev.scimpatch.Emulation.PathFilters;
import dev.scimpatch.Emulation.SingleValueAttributes;
import dev.scimpatch.Emulation.Unsupported;
import dev.scimpatch.Semantics.ComplexReplace;
import dev.scimpatch.Semantics.RemoveWithValue;
import dev.scimpatch.Semantics.UnmatchedAdd;
import dev.scimpatch.Semantics.UnmatchedReplace;
import dev.scimpatch.Tolerance.AttrExpPaths;
import dev.scimpatch.Tolerance.BareExtensionUrn;
import dev.scimpatch.Tolerance.EmptyOperations;
import dev.scimpatch.Tolerance.ExtensionSeparator;
import dev.scimpatch.Tolerance.FilterLiterals;
import dev.scimpatch.Tolerance.IgnoredReadOnly;
import dev.scimpatch.Tolerance.JsonInStrings;
import dev.scimpatch.Tolerance.MemberNames;
import dev.scimpatch.Tolerance.NoPathKeys;
import dev.scimpatch.Tolerance.NoPathSchemas;
import dev.scimpatch.Tolerance.OpCase;
import dev.scimpatch.Tolerance.PatchOpSchema;
import dev.scimpatch.Tolerance.ScalarCoercion;
import dev.scimpatch.Tolerance.ScalarForComplex;
import dev.scimpatch.Tolerance.SchemalessTypes;
import dev.scimpatch.Tolerance.SelfNamedEnvelope;
import dev.scimpatch.Tolerance.SingletonArrays;
import dev.scimpatch.internal.Ascii;
import dev.scimpatch.schema.Schema;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The named profiles. Each preset changes only the switches its vendor needs; the README's preset
 * table gives the vendor documents behind them, and {@code toString()} lists the switches.
 */
final class Presets {
  private Presets() {}

  /** The Omni user-attribute extension: open, its attributes are tenant-defined IDs. */
  static final Schema OMNI_USER_ATTRIBUTES = Schema.open("urn:omni:params:1.0:UserAttribute", "UserAttribute");

  /**
   * Omni's SCIM extension schema, "additional user metadata" (its create-user response lists it
   * beside the user attributes); its attributes are not documented, so it is open.
   */
  static final Schema OMNI_USER_EXTENSION = Schema.open("urn:omni:params:scim:schemas:extension:user:2.0", "User");

  /** Seismic's custom properties, tenant-specific and discoverable through its /Schemas: open. */
  static final Schema SEISMIC_USER_EXTENSION =
      Schema.open("urn:ietf:params:scim:schemas:extension:seismic:2.0:User", "SeismicUser");

  /** A server facing Microsoft Entra ID, both dialects (on-demand provisioning ignores aadOptscim062020). */
  private static final Profile ENTRA = Profile.of("entra",
      OpCase.CASE_INSENSITIVE,
      EmptyOperations.NO_CHANGE,
      ScalarCoercion.BOOLEAN_STRINGS,
      NoPathKeys.ATTRIBUTE_PATHS,
      ScalarForComplex.WRAP_AS_VALUE,
      SingletonArrays.UNWRAP,
      JsonInStrings.PARSE_OBJECT,
      RemoveWithValue.SELECT_MATCHING,
      UnmatchedAdd.CREATE_FROM_FILTER,
      UnmatchedReplace.CREATE_FROM_FILTER,
      FilterLiterals.COERCED,
      new IgnoredReadOnly(Set.of("manager.displayName")),
      // What Entra itself writes: capitalised ops, members removed by a value array.
      OpSpelling.CAPITALIZED,
      MemberRemoval.VALUE_ARRAY);

  static final List<Profile> ALL = List.of(
      Profile.strict(),
      // A server that accepts every known client: entra's tolerance and more.
      ENTRA.withName("lenient").without(OpSpelling.class, MemberRemoval.class).with(
          MemberNames.CASE_INSENSITIVE,
          PatchOpSchema.OPTIONAL,
          SelfNamedEnvelope.UNWRAP,
          ExtensionSeparator.COLON_OR_DOT,
          BareExtensionUrn.EXTENSION_CONTAINER,
          AttrExpPaths.AS_VALUE_FILTER,
          NoPathSchemas.DESCRIBES_VALUE),
      ENTRA,
      // Okta is RFC-conformant but for echoing an unchanged id, which strict accepts (T15).
      Profile.of("okta"),
      Profile.of("seismic", new AllowedOps(Set.of(Op.REPLACE)), OperationPaths.REQUIRED,
          new Extensions(List.of(SEISMIC_USER_EXTENSION))),
      Profile.of("github", PathFilters.NONE, PatchOpSchema.OPTIONAL),
      Profile.of("adra",
          SchemalessTypes.RFC_NAMES,
          OpCase.CASE_INSENSITIVE,
          MemberNames.CASE_INSENSITIVE,
          ScalarCoercion.BOOLEAN_STRINGS,
          SingletonArrays.UNWRAP,
          OperationPaths.REQUIRED,
          Unsupported.NOT_IMPLEMENTED,
          new SingleValueAttributes(Set.of("emails")),
          OpSpelling.CAPITALIZED,
          OperationsMember.LOWER_CASE),
      Profile.of("omni",
          new DeniedOperations(List.of(new DeniedOperation(Op.REMOVE, "members", Filtered.WITHOUT_FILTER))),
          new Extensions(List.of(OMNI_USER_ATTRIBUTES, OMNI_USER_EXTENSION))),
      // AWS IAM Identity Center.
      Profile.of("aws",
          PathFilters.EQ_AND_ONLY,
          new MaxMembershipChanges(100),
          new SingleValueAttributes(Set.of("emails", "addresses", "phoneNumbers")),
          new DeniedOperations(List.of(
              new DeniedOperation(Op.REMOVE, "userName", Filtered.ANY),
              new DeniedOperation(Op.REMOVE, "active", Filtered.ANY),
              new DeniedOperation(Op.REPLACE, "members", Filtered.ANY),
              new DeniedOperation(Op.REMOVE, "members", Filtered.WITHOUT_FILTER))),
          new OnceOnlyAttributes(Set.of("userName", "active")),
          RemoveWithValue.SELECT_MATCHING),
      // Google Cloud Identity: E4 is its user limit; groups take 2, which one profile cannot say.
      Profile.of("google",
          PathFilters.EQ_ON_VALUE_ONLY,
          new PathFilterAttributes(Set.of("members")),
          new MaxOperations(20),
          new MaxMembershipChanges(1),
          new DeniedOperations(List.of(
              new DeniedOperation(Op.REPLACE, "members", Filtered.ANY, "Group"),
              new DeniedOperation(Op.REPLACE, "externalId", Filtered.ANY, "Group"),
              new DeniedOperation(Op.REMOVE, "externalId", Filtered.ANY, "Group"),
              new DeniedOperation(Op.REMOVE, "displayName", Filtered.ANY, "Group"),
              new DeniedOperation(Op.REMOVE, "members", Filtered.WITHOUT_FILTER, "Group")))),
      Profile.of("salesforce", SelfNamedEnvelope.UNWRAP, RemoveWithValue.SELECT_MATCHING),
      // draft-zollner-scim-interop-profile.
      Profile.of("interop-draft",
          OperationPaths.REQUIRED,
          ComplexReplace.OVERWRITE,
          FilteredPathTarget.SUB_ATTRIBUTE_ONLY,
          FilterMatches.AT_MOST_ONE));

  static Profile named(String name) {
    Objects.requireNonNull(name, "name");
    for (Profile p : ALL) {
      if (Ascii.equalsIgnoreCase(p.name(), name)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no profile named '" + name + "'; the presets are "
        + ALL.stream().map(Profile::name).toList());
  }
}
