package dev.scimpatch.cli;

import dev.scimpatch.Limits;
import dev.scimpatch.Profile;
import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.client.PatchDiff;
import dev.scimpatch.codec.ErrorDocument;
import dev.scimpatch.codec.Patcher;
import dev.scimpatch.codec.PrettyJson;
import dev.scimpatch.codec.ScimCodec;
import dev.scimpatch.path.Path;
import dev.scimpatch.request.PatchOperation;
import dev.scimpatch.request.PatchRequest;
import dev.scimpatch.response.Exchange;
import dev.scimpatch.response.Reply;
import dev.scimpatch.schema.InvalidSchemaException;
import dev.scimpatch.schema.ResourceSchema;
import dev.scimpatch.schema.ResourceSchemas;
import dev.scimpatch.schema.Schema;
import dev.scimpatch.schema.SchemaJson;
import dev.scimpatch.tree.ScimNode;
import dev.scimpatch.tree.ScimObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The {@code scim-patch} command, over any {@link ScimCodec}: applies a PATCH request to a
 * resource, replaces a resource as a PUT does, checks a request, prints the request that turns one
 * resource into another ({@link PatchDiff}), rewrites a request for a profile's dialect, or prints
 * the built-in schemas.
 * Each JSON adapter's {@code main} runs it with its codec; {@code --help} tells the commands.
 *
 * <p>Exit status: {@value #OK} success; {@value #REFUSED} the request was refused (the SCIM error
 * document, pretty-printed by {@link PrettyJson}, is on standard error); {@value #USAGE} wrong
 * usage, or a file that cannot be read or is not JSON within the limits. A file named {@code -}
 * is standard input. Errors are one line each, never a stack trace.
 *
 * @since 0.1
 */
public final class Cli {

  /** The exit status of a command done. */
  public static final int OK = 0;

  /** The exit status of a request refused, its SCIM error document on standard error. */
  public static final int REFUSED = 1;

  /** The exit status of wrong usage, or of a file that cannot be read. */
  public static final int USAGE = 2;

  private final ScimCodec codec;
  private final String version;
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private boolean stdinRead;
  private List<String> extensionFiles = List.of();

  private Cli(ScimCodec codec, String version, InputStream in, PrintStream out, PrintStream err) {
    this.codec = codec;
    this.version = version;
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /**
   * The tool's version: the project's, from the build.
   *
   * @return the version, such as {@code 0.1.0}
   */
  public static String version() {
    try (InputStream in = Cli.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.isBlank() && !v.startsWith("$")) {
          return v;
        }
      }
    } catch (IOException e) {
      // no version to tell
    }
    return "(unknown version)";
  }

  /**
   * Runs the command that the arguments give.
   *
   * @param codec the JSON codec files are read with (with the request and the resource limits)
   * @param version the tool's version, which {@code --version} prints
   * @param args the command line, without the program's name: the command, its options and files
   * @param stdin standard input, read for a file named {@code -}
   * @param out standard output: the patched resource, the schemas, what {@code check} finds
   * @param err standard error: SCIM error documents and the tool's error messages
   * @return the exit status: {@link #OK}, {@link #REFUSED} or {@link #USAGE}
   */
  public static int run(ScimCodec codec, String version, String[] args, InputStream stdin, PrintStream out,
      PrintStream err) {
    Cli cli = new Cli(Objects.requireNonNull(codec, "codec"), Objects.requireNonNull(version, "version"),
        Objects.requireNonNull(stdin, "stdin"), Objects.requireNonNull(out, "out"), Objects.requireNonNull(err, "err"));
    return cli.run(Objects.requireNonNull(args, "args"));
  }

  private static String usage() {
    return String.join("\n",
        "Usage:",
        "  scim-patch apply [--profile P] [--schema S] RESOURCE.json REQUEST.json",
        "      Applies the PATCH request to the resource and prints the patched resource.",
        "  scim-patch put [--profile P] [--schema S] RESOURCE.json REPLACEMENT.json",
        "      Replaces the resource as a PUT does (RFC 7644 §3.5.1) and prints the result.",
        "  scim-patch check [--profile P] [--schema S] REQUEST.json",
        "      Says whether the PATCH request is acceptable, and if not, why.",
        "  scim-patch diff [--profile P] [--schema S] OLD.json NEW.json",
        "      Prints the PATCH request that turns OLD into NEW, in the profile's dialect.",
        "  scim-patch rewrite --profile P --resource RESOURCE.json [--schema S] REQUEST.json",
        "      Prints the RFC 7644 request rewritten for the profile: the same change to the resource.",
        "  scim-patch schemas",
        "      Prints the built-in schemas (User, enterprise User, Group) as RFC 7643 JSON.",
        "  scim-patch --help",
        "  scim-patch --version",
        "",
        "A file named - is read from standard input.",
        "",
        "Options:",
        "  --profile P   the dialect: " + Profile.presets().stream().map(Profile::name)
            .collect(Collectors.joining(", ")) + " (default strict)",
        "  --schema S    User, Group, none, or a file of RFC 7643 schemas (one, an array, or a",
        "                /Schemas ListResponse): the first is the core schema, the others its",
        "                extensions (default: User if the resource (OLD for diff) lists the User",
        "                schema, Group if it lists the Group schema, else none; none for check)",
        "  --extension F a file of RFC 7643 schemas that extend the schema; may be repeated",
        "  --resource R  for rewrite: the resource the request is for, as the server has it",
        "",
        "apply and put print what a server sends back: attributes returned never (password) left out,",
        "and shaped by these (RFC 7644 §3.9, §3.14):",
        "  --attributes LIST           only these attributes (and those returned always)",
        "  --excluded-attributes LIST  not these",
        "  --if-match ETAG             refuse (412) unless the resource's version matches",
        "  --stamp                     set meta.lastModified and meta.version when the request changes it",
        "",
        "A refused request prints the SCIM error document (RFC 7644 §3.12) on standard error.",
        "Exit status: 0 done, 1 refused, 2 wrong usage or unreadable file.",
        "",
        "Example:",
        "  java -jar scim-patch.jar apply --schema User examples/user.json examples/add-email.json");
  }

  private int run(String[] args) {
    try {
      return dispatch(args);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A bug of this tool, or a machine out of memory: one line, never a stack trace.
      err.println("scim-patch: internal error: " + e);
      return USAGE;
    }
  }

  private int dispatch(String[] args) {
    List<String> files = new ArrayList<>();
    String profileName = "strict";
    @Nullable String schemaName = null;
    @Nullable String resourceFile = null;
    boolean profileGiven = false;
    List<String> extensionFiles = new ArrayList<>();
    Exchange exchange = Exchange.none();
    if (args.length == 0) {
      err.println(usage());
      return USAGE;
    }
    String command = args[0];
    if (command.equals("--help") || command.equals("-h") || command.equals("help")) {
      out.println(usage());
      return OK;
    }
    if (command.equals("--version") || command.equals("version")) {
      out.println("scim-patch " + version);
      return OK;
    }
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        out.println(usage());
        return OK;
      } else if (a.equals("--stamp")) {
        exchange = exchange.withStamp(Clock.systemUTC());
      } else if (a.equals("--profile") || a.equals("--schema") || a.equals("--extension") || a.equals("--resource")
          || a.equals("--attributes") || a.equals("--excluded-attributes") || a.equals("--if-match")) {
        if (i + 1 >= args.length) {
          return usageError(a + " needs a value");
        }
        String value = args[++i];
        switch (a) {
          case "--profile" -> {
            profileName = value;
            profileGiven = true;
          }
          case "--schema" -> schemaName = value;
          case "--resource" -> resourceFile = value;
          case "--extension" -> extensionFiles.add(value);
          case "--attributes" -> exchange = exchange.withAttributes(value, exchange.excludedAttributes());
          case "--excluded-attributes" -> exchange = exchange.withAttributes(exchange.attributes(), value);
          default -> exchange = exchange.withIfMatch(value);
        }
      } else if (a.startsWith("--")) {
        return usageError("unknown option " + a);
      } else {
        files.add(a);
      }
    }
    Profile profile;
    try {
      profile = Profile.named(profileName);
    } catch (IllegalArgumentException e) {
      return usageError(String.valueOf(e.getMessage()));
    }
    this.extensionFiles = List.copyOf(extensionFiles);
    if (resourceFile != null && !command.equals("rewrite")) {
      return usageError("--resource is for rewrite only");
    }
    try {
      switch (command) {
        case "apply":
          if (files.size() != 2) {
            return usageError("apply takes RESOURCE.json and REQUEST.json");
          }
          return apply(profile, schemaName, files.get(0), files.get(1), exchange);
        case "put":
          if (files.size() != 2) {
            return usageError("put takes RESOURCE.json and REPLACEMENT.json");
          }
          return put(profile, schemaName, files.get(0), files.get(1), exchange);
        case "check":
          if (files.size() != 1) {
            return usageError("check takes REQUEST.json");
          }
          return check(profile, schemaName, files.get(0));
        case "diff":
          if (files.size() != 2) {
            return usageError("diff takes OLD.json and NEW.json");
          }
          return diff(profile, schemaName, files.get(0), files.get(1));
        case "rewrite":
          if (!profileGiven) {
            return usageError("rewrite needs --profile: the dialect to rewrite the request for");
          }
          if (resourceFile == null) {
            return usageError("rewrite needs --resource: the resource the request is for");
          }
          if (files.size() != 1) {
            return usageError("rewrite takes REQUEST.json");
          }
          return rewrite(profile, schemaName, resourceFile, files.get(0));
        case "schemas":
          if (!files.isEmpty() || schemaName != null || !extensionFiles.isEmpty()) {
            return usageError("schemas takes no file and no schema");
          }
          out.println(PrettyJson.write(SchemaJson.writeSchemas(List.of(ResourceSchemas.userSchema(),
              ResourceSchemas.enterpriseUserSchema(), ResourceSchemas.groupSchema()))));
          return OK;
        default:
          return usageError("unknown command " + command);
      }
    } catch (UnreadableFile e) {
      err.println("scim-patch: " + e.getMessage());
      return USAGE;
    }
  }

  /** Applies the request as a server answers a PATCH, and prints what it sends back. */
  private int apply(Profile profile, @Nullable String schemaName, String resourceFile, String requestFile,
      Exchange exchange) {
    return answer(profile, schemaName, resourceFile, requestFile, "the request",
        (patcher, stored, body) -> patcher.patch(stored, body, exchange));
  }

  /** Replaces the resource as a server answers a PUT, and prints what it sends back. */
  private int put(Profile profile, @Nullable String schemaName, String resourceFile, String replacementFile,
      Exchange exchange) {
    return answer(profile, schemaName, resourceFile, replacementFile, "the replacement", (patcher, stored, body) -> {
      if (!(body instanceof ScimObject object)) {
        throw ScimPatchException.of(ScimType.INVALID_SYNTAX, "a PUT body is a resource, a JSON object, not " + body.jsonType());
      }
      return patcher.put(stored, object, exchange);
    });
  }

  /** What the server's side of one exchange does with a stored resource and a body. */
  private interface Change {
    Reply apply(Patcher patcher, ScimObject stored, ScimNode body);
  }

  private int answer(Profile profile, @Nullable String schemaName, String resourceFile, String bodyFile, String what,
      Change change) {
    ScimObject stored = readResource(resourceFile);
    byte[] body = read(bodyFile, Limits.defaults().maxDocumentLength());
    return printOrRefuse(() -> {
      ResourceSchema schema = schemaFor(schemaName, stored);
      Patcher patcher = Patcher.builder(codec).profile(profile).schema(schema).build();
      // The body is read as a server reads it: JSON it refuses is a refused request (400).
      Reply result = change.apply(patcher, stored, codec.withLimits(Limits.defaults()).read(body));
      if (!result.changed()) {
        err.println("scim-patch: " + what + " changed nothing");
      }
      return result.body();
    });
  }

  /** Prints the request, in the profile's dialect, that turns the old resource into the new one. */
  private int diff(Profile profile, @Nullable String schemaName, String oldFile, String newFile) {
    ScimObject old = readResource(oldFile);
    ScimObject updated = readResource(newFile);
    return printOrRefuse(() -> {
      PatchDiff patchDiff = PatchDiff.of(schemaFor(schemaName, old));
      return patchDiff.message(patchDiff.diff(old, updated, profile), profile);
    });
  }

  /**
   * Reads the request as RFC 7644 has it (the strict profile) and prints the request, in the
   * profile's dialect, that makes the same change to the resource.
   */
  private int rewrite(Profile profile, @Nullable String schemaName, String resourceFile, String requestFile) {
    ScimObject current = readResource(resourceFile);
    byte[] body = read(requestFile, Limits.defaults().maxDocumentLength());
    return printOrRefuse(() -> {
      ResourceSchema schema = schemaFor(schemaName, current);
      // The body is read as a strict server that knows the profile's extensions reads it: JSON it
      // refuses is a refused request (400).
      Profile rfc = Profile.strict().withExtensions(profile.extensions().toArray(new Schema[0]));
      PatchRequest request = Patcher.builder(codec).profile(rfc).schema(schema).build().readRequest(body);
      PatchDiff patchDiff = PatchDiff.of(schema);
      return patchDiff.message(patchDiff.rewrite(request, profile, current), profile);
    });
  }

  /** What a command computes and prints. */
  private interface Output {
    ScimNode compute();
  }

  /**
   * Prints what a command computes: exit 0; a schema option that does not load is a usage error
   * (2); what the library refuses prints its SCIM error (1).
   */
  private int printOrRefuse(Output output) {
    try {
      out.println(PrettyJson.write(output.compute()));
      return OK;
    } catch (BadSchema e) {
      return usageError(String.valueOf(e.getMessage()));
    } catch (ScimPatchException e) {
      err.println(PrettyJson.write(ErrorDocument.of(e)));
      return REFUSED;
    }
  }

  /**
   * The schema for a resource: the one the option names, else the built-in one the resource lists
   * (User or Group), else none; with the extensions of every --extension file.
   */
  private @Nullable ResourceSchema schemaFor(@Nullable String schemaName, ScimObject resource) {
    return extended(schemaName != null ? schema(schemaName) : ResourceSchemas.of(resource).orElse(null));
  }

  /** Reads the request under the profile; when it is refused, lists every refused operation with its reason. */
  private int check(Profile profile, @Nullable String schemaName, String requestFile) {
    byte[] request = read(requestFile, Limits.defaults().maxDocumentLength());
    Patcher patcher;
    try {
      patcher = Patcher.builder(codec).profile(profile).schema(extended(schemaName == null ? null : schema(schemaName))).build();
    } catch (BadSchema e) {
      return usageError(String.valueOf(e.getMessage()));
    }
    List<ScimPatchException> refusals = new ArrayList<>(patcher.refusals(request));
    if (refusals.isEmpty()) {
      // What the schema refuses (an unknown attribute, a value of the wrong type) is refused at
      // apply; check says so now.
      List<PatchOperation> ops = patcher.readOperations(request);
      for (int i = 0; i < ops.size(); i++) {
        ScimPatchException failure = patcher.type().resolve(ops.get(i)).failure();
        if (failure != null) {
          Path path = ops.get(i).path();
          refusals.add(failure.withOperation(i, path == null ? null : path.toString()));
        }
      }
    }
    if (refusals.isEmpty()) {
      List<PatchOperation> ops = patcher.readOperations(request);
      out.println("acceptable to profile " + profile.name() + ": " + ops.size()
          + " operation" + (ops.size() == 1 ? "" : "s") + " after rewriting");
      for (PatchOperation op : ops) {
        Path path = op.path();
        out.println("  " + op.op() + (path == null ? " (no path)" : " " + path));
      }
      return OK;
    }
    out.println("refused by profile " + profile.name() + ":");
    for (ScimPatchException e : refusals) {
      ScimType type = e.scimType();
      out.println("  " + e.getMessage() + " [" + e.status() + (type == null ? "" : " " + type.keyword()) + "]");
    }
    err.println(PrettyJson.write(ErrorDocument.of(refusals.get(0))));
    return REFUSED;
  }

  /**
   * The schema the option names: a built-in one, none, or the schemas of a file (the first the
   * core schema, the others its extensions).
   */
  private @Nullable ResourceSchema schema(String name) {
    if (name.equalsIgnoreCase("none")) {
      return null;
    }
    Optional<ResourceSchema> builtIn = ResourceSchemas.named(name);
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    if (!name.equals("-") && !Files.exists(java.nio.file.Path.of(name))) {
      throw new BadSchema("unknown schema " + name + "; use User, Group, none or a file of RFC 7643 schemas");
    }
    List<Schema> schemas = schemasIn(name);
    Schema core = schemas.get(0);
    try {
      return ResourceSchema.of(core.name(), core, schemas.subList(1, schemas.size()));
    } catch (IllegalArgumentException e) {
      throw new BadSchema(name + ": " + e.getMessage());
    }
  }

  /** The schema with the extensions of every --extension file. */
  private @Nullable ResourceSchema extended(@Nullable ResourceSchema schema) {
    if (extensionFiles.isEmpty()) {
      return schema;
    }
    if (schema == null) {
      throw new BadSchema("--extension needs a schema to extend: give --schema");
    }
    List<Schema> more = new ArrayList<>();
    for (String file : extensionFiles) {
      more.addAll(schemasIn(file));
    }
    try {
      return schema.withExtensions(more);
    } catch (IllegalArgumentException e) {
      throw new BadSchema(String.valueOf(e.getMessage()));
    }
  }

  private List<Schema> schemasIn(String file) {
    ScimNode json = readJson(file, Limits.resourceDefaults());
    List<Schema> schemas;
    try {
      schemas = SchemaJson.readSchemas(json);
    } catch (InvalidSchemaException e) {
      throw new UnreadableFile(name(file) + " is not an RFC 7643 schema: " + e.getMessage());
    }
    if (schemas.isEmpty()) {
      throw new UnreadableFile(name(file) + " holds no schema");
    }
    return schemas;
  }

  private int usageError(String message) {
    err.println("scim-patch: " + message);
    err.println();
    err.println(usage());
    return USAGE;
  }

  /** Reads a resource file ({@code -}: standard input): a JSON object within the stored-resource limits. */
  private ScimObject readResource(String file) {
    ScimNode resource = readJson(file, Limits.resourceDefaults());
    if (!(resource instanceof ScimObject object)) {
      throw new UnreadableFile(name(file) + " holds " + resource.jsonType() + ", not a resource (a JSON object)");
    }
    return object;
  }

  /** Reads a JSON file ({@code -}: standard input) with the codec, within limits. */
  private ScimNode readJson(String file, Limits limits) {
    byte[] bytes = read(file, limits.maxDocumentLength());
    try {
      return codec.withLimits(limits).read(bytes);
    } catch (ScimPatchException e) {
      throw new UnreadableFile(name(file) + " is not JSON this tool reads: " + e.getMessage());
    }
  }

  /**
   * Reads a file, or standard input for {@code -}, up to one byte past {@code max}, so that a file
   * too long for the reader costs no more than that.
   */
  private byte[] read(String file, long max) {
    int limit = (int) Math.min(Integer.MAX_VALUE - 8, max + 1);
    if (file.equals("-")) {
      if (stdinRead) {
        throw new UnreadableFile("standard input (-) can be read once only");
      }
      stdinRead = true;
      try {
        return in.readNBytes(limit);
      } catch (IOException e) {
        throw new UnreadableFile("cannot read standard input: " + e.getMessage());
      }
    }
    try (InputStream stream = Files.newInputStream(java.nio.file.Path.of(file))) {
      return stream.readNBytes(limit);
    } catch (NoSuchFileException e) {
      throw new UnreadableFile("no such file: " + file);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new UnreadableFile("cannot read " + file + ": " + e.getMessage());
    }
  }

  private static String name(String file) {
    return file.equals("-") ? "standard input" : file;
  }

  private static final class UnreadableFile extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableFile(String message) {
      super(message);
    }
  }

  private static final class BadSchema extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadSchema(String message) {
      super(message);
    }
  }
}
