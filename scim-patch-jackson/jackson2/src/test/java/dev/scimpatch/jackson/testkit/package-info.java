/**
 * Generators for the Jackson adapter's tests, reusable by anyone testing code that reads or
 * writes SCIM JSON: random JSON documents as scim-patch trees ({@link
 * dev.scimpatch.jackson.testkit.DocumentGenerator}), valid PatchOp requests and bodies ({@link
 * dev.scimpatch.jackson.testkit.PatchRequestGenerator}), structural mutations of trees ({@link
 * dev.scimpatch.jackson.testkit.TreeMutator}) and random bytes ({@link
 * dev.scimpatch.jackson.testkit.RandomBytes}).
 *
 * <p>Like the core test kit ({@code dev.scimpatch.testkit}), whose vocabulary they share, the
 * generators take a {@link java.util.random.RandomGenerator}, keep no state and do not depend on
 * JUnit: the same seed gives the same values.
 */
package dev.scimpatch.jackson.testkit;
