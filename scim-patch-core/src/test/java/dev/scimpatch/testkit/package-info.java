/**
 * A test kit for code that uses scim-patch: seeded generators of valid and nearly valid SCIM
 * paths, filters, resources and PATCH operations, and a small runner for seeded property tests.
 *
 * <ul>
 *   <li>{@link dev.scimpatch.testkit.PathGenerator}, {@link dev.scimpatch.testkit.FilterGenerator}
 *       and {@link dev.scimpatch.testkit.ResourceGenerator} generate valid values that stay within
 *       {@link dev.scimpatch.Limits}; {@link dev.scimpatch.testkit.ScimNames} and
 *       {@link dev.scimpatch.testkit.ScimValues} are the vocabulary and literals they share;</li>
 *   <li>{@link dev.scimpatch.testkit.UserGenerator} and {@link dev.scimpatch.testkit.GroupGenerator}
 *       generate resources valid for {@code ResourceSchemas.user()} and {@code ResourceSchemas.group()},
 *       and {@link dev.scimpatch.testkit.OperationGenerator} PATCH operations plausible against
 *       them (and ones that must fail, change nothing, or are malformed), drawing on the value pools
 *       of {@link dev.scimpatch.testkit.ScimVocabulary};</li>
 *   <li>{@link dev.scimpatch.testkit.DialectRequests} generates PatchOp messages as an RFC 7644
 *       client sends them, and the same messages in the dialect of the vendor clients a
 *       {@link dev.scimpatch.Profile} tolerates;</li>
 *   <li>{@link dev.scimpatch.testkit.SchemaGenerator} generates valid RFC 7643 schemas and resource
 *       schemas;</li>
 *   <li>{@link dev.scimpatch.testkit.StringMutator} turns valid strings into nearly valid ones, for
 *       robustness tests;</li>
 *   <li>{@link dev.scimpatch.testkit.Property} runs a property as JUnit dynamic tests, one seed per
 *       case, and names the flags that reproduce a failing case.</li>
 * </ul>
 *
 * <p>The generators take a {@link java.util.random.RandomGenerator} and do not depend on JUnit;
 * the same seed gives the same values.
 *
 * <p>Published as the {@code testkit} jar of {@code dev.scimpatch:scim-patch-core}, versioned with
 * it; its guide is {@code scim-patch-core/TESTKIT.md}.
 */
package dev.scimpatch.testkit;
