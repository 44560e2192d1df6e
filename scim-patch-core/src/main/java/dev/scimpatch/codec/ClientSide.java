package dev.scimpatch.codec;

import dev.scimpatch.Profile;
import dev.scimpatch.client.PatchDiff;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.tree.ScimObject;
import java.util.Objects;

/**
 * A facade's client side: {@link PatchDiff} over a JSON library's trees and bytes, with the
 * facade's schema, its codec and its resource limits for the resources, and its profile for the
 * requests it rewrites. A resource that is not a JSON object is the client's error, a
 * {@code 400 invalidSyntax}.
 */
final class ClientSide {

  private final Patcher patcher;
  private final ScimCodec resources;
  private final PatchDiff diff;

  ClientSide(Patcher patcher) {
    this.patcher = patcher;
    this.resources = patcher.codec().withLimits(patcher.resourceLimits());
    this.diff = PatchDiff.of(patcher.schema().orElse(null));
  }

  /** The message that turns one resource into another in a target's dialect, as UTF-8 JSON. */
  byte[] diff(byte[] oldJson, byte[] newJson, Profile target) {
    Objects.requireNonNull(oldJson, "oldJson");
    Objects.requireNonNull(newJson, "newJson");
    return patcher.codec().writeBytes(diff(read(oldJson), read(newJson), target));
  }

  /** The same for two trees of the codec's JSON library. */
  ScimObject diffTrees(Object oldTree, Object newTree, Profile target) {
    return diff(convert(oldTree), convert(newTree), target);
  }

  /** A request, read under the facade's profile, rewritten for a target's dialect, as UTF-8 JSON. */
  byte[] rewrite(byte[] patchRequestJson, Profile target, byte[] currentJson) {
    Objects.requireNonNull(currentJson, "currentJson");
    PatchRequest request = patcher.readRequest(patchRequestJson);
    return patcher.codec().writeBytes(rewrite(request, target, read(currentJson)));
  }

  /** The same for trees of the codec's JSON library. */
  ScimObject rewriteTrees(Object patchRequestTree, Profile target, Object currentTree) {
    PatchRequest request = patcher.readRequest(patcher.requestTree(patchRequestTree));
    return rewrite(request, target, convert(currentTree));
  }

  private ScimObject diff(ScimObject oldResource, ScimObject newResource, Profile target) {
    Objects.requireNonNull(target, "target");
    return diff.message(diff.diff(oldResource, newResource, target), target);
  }

  private ScimObject rewrite(PatchRequest request, Profile target, ScimObject current) {
    return diff.message(diff.rewrite(request, target, current), target);
  }

  private ScimObject read(byte[] json) {
    return JsonTextCodec.asObject(resources.read(json));
  }

  private ScimObject convert(Object tree) {
    return JsonTextCodec.asObject(Patcher.tree(resources, Objects.requireNonNull(tree, "tree")));
  }
}
