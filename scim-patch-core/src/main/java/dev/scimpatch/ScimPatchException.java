package dev.scimpatch;

import dev.scimpatch.internal.Text;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one exception scim-patch throws for bad input: an HTTP status and, for 400-class errors, an
 * RFC 7644 §3.12 {@link ScimType}.
 *
 * <p>Besides the status and type it carries structured details, so callers and tests can act on
 * them without reading the message:
 * <ul>
 *   <li>{@link #reason()}: what went wrong, in one sentence, without the input;</li>
 *   <li>{@link #input()} and {@link #index()}: for syntax errors, the text that was parsed and the
 *       zero-based index of the offending character ({@code -1} when there is no position);</li>
 *   <li>{@link #operationIndex()} and {@link #path()}: for errors of a PATCH operation, its
 *       zero-based index in the request and its path.</li>
 * </ul>
 *
 * <p>The message has one fixed shape: {@code "<reason> at index <N>: <input>"} for syntax errors,
 * quoting at most 64 characters of the input around the position (control characters escaped),
 * optionally preceded by {@code "operation <k> (path <p>): "}.
 *
 * @since 0.1
 */
public final class ScimPatchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How many characters of the input a message quotes at most. */
  static final int MAX_QUOTED = 64;

  /** The HTTP status, 400 to 599. */
  private final int status;
  /** The RFC 7644 {@code scimType}, or {@code null} for a status that has none. */
  private final @Nullable ScimType scimType;
  /** What went wrong, without the input or the position. */
  private final String reason;
  /** The text in which a syntax error was found, or {@code null}. */
  private final @Nullable String input;
  /** The zero-based index of a syntax error in {@link #input}, {@code -1} for none. */
  private final int index;
  /** The zero-based index of the failing operation in its request, {@code -1} for none. */
  private final int operationIndex;
  /** The failing operation's path as sent, or {@code null}. */
  private final @Nullable String path;

  private ScimPatchException(
      int status,
      @Nullable ScimType scimType,
      String reason,
      @Nullable String input,
      int index,
      int operationIndex,
      @Nullable String path,
      @Nullable Throwable cause) {
    super(null, cause, false, true);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be an HTTP error status (400-599): " + status);
    }
    this.status = status;
    this.scimType = scimType;
    this.reason = Objects.requireNonNull(reason, "reason");
    this.input = input;
    this.index = input == null ? -1 : Math.max(-1, Math.min(index, input.length()));
    this.operationIndex = operationIndex;
    this.path = path;
  }

  /**
   * Returns an error of the given type, with the status RFC 7644 Table 9 pairs with it.
   *
   * @param scimType the error's type, which gives the status
   * @param reason what went wrong, in one sentence, without the input
   * @return the exception
   */
  public static ScimPatchException of(ScimType scimType, String reason) {
    return new ScimPatchException(scimType.status(), scimType, reason, null, -1, -1, null, null);
  }

  /**
   * Returns an error with a status and no {@code scimType} (for example 413, 501).
   *
   * @param status the HTTP status, 400 to 599
   * @param reason what went wrong, in one sentence, without the input
   * @return the exception
   * @throws IllegalArgumentException if {@code status} is not between 400 and 599
   */
  public static ScimPatchException ofStatus(int status, String reason) {
    return new ScimPatchException(status, null, reason, null, -1, -1, null, null);
  }

  /**
   * A syntax error at a position of some input.
   *
   * @param scimType usually {@link ScimType#INVALID_PATH} or {@link ScimType#INVALID_FILTER}
   * @param reason what was wrong, for example {@code "expected ']'"}
   * @param input the whole text that was being parsed
   * @param index the zero-based index of the offending character, {@code input.length()} for the
   *     end of input, {@code -1} for no position; values outside that range are clamped into it
   * @return the exception
   */
  public static ScimPatchException atIndex(ScimType scimType, String reason, String input, int index) {
    Objects.requireNonNull(input, "input");
    return new ScimPatchException(scimType.status(), scimType, reason, input, index, -1, null, null);
  }

  /**
   * Returns a {@code 400 invalidPath} error at a position of a path.
   *
   * @param reason what was wrong, for example {@code "expected an attribute name"}
   * @param input the whole path
   * @param index as for {@link #atIndex(ScimType, String, String, int)}
   * @return the exception
   */
  public static ScimPatchException invalidPath(String reason, String input, int index) {
    return atIndex(ScimType.INVALID_PATH, reason, input, index);
  }

  /**
   * Returns a {@code 400 invalidFilter} error at a position of a filter or of a path's value filter.
   *
   * @param reason what was wrong, for example {@code "expected a filter expression"}
   * @param input the whole filter, or the whole path that holds it
   * @param index as for {@link #atIndex(ScimType, String, String, int)}
   * @return the exception
   */
  public static ScimPatchException invalidFilter(String reason, String input, int index) {
    return atIndex(ScimType.INVALID_FILTER, reason, input, index);
  }

  /**
   * Returns a copy of this exception that names the PATCH operation it belongs to.
   *
   * @param operationIndex the zero-based index of the operation in the request
   * @param path the operation's path as sent, or {@code null} for an operation without one
   * @return the copy: the same status, type, reason, input, position, cause and stack trace
   * @throws IllegalArgumentException if {@code operationIndex} is negative
   */
  public ScimPatchException withOperation(int operationIndex, @Nullable String path) {
    if (operationIndex < 0) {
      throw new IllegalArgumentException("operationIndex must not be negative: " + operationIndex);
    }
    ScimPatchException copy =
        new ScimPatchException(status, scimType, reason, input, index, operationIndex, path, getCause());
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /**
   * Returns a copy of this exception that names no PATCH operation, only the attribute at its
   * path: for an error in operations the library derived itself, whose indexes the client never
   * saw (a PUT runs as the PATCH operations that have its effect).
   *
   * @return the copy, or this exception if it names no operation
   */
  public ScimPatchException withoutOperation() {
    if (operationIndex < 0) {
      return this;
    }
    ScimPatchException copy = new ScimPatchException(status, scimType, reason, input, index, -1, path, getCause());
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /** {@return the HTTP status: 400 for most errors, 409 for {@code uniqueness}, and so on} */
  public int status() {
    return status;
  }

  /** {@return the RFC 7644 {@code scimType}, or {@code null} when the error has none} */
  public @Nullable ScimType scimType() {
    return scimType;
  }

  /** {@return what went wrong, without the input or the position} */
  public String reason() {
    return reason;
  }

  /** {@return the text in which a syntax error was found, or {@code null}} */
  public @Nullable String input() {
    return input;
  }

  /** {@return the zero-based index of a syntax error in {@link #input()}, or {@code -1}} */
  public int index() {
    return index;
  }

  /** {@return the zero-based index of the failing operation in its request, or {@code -1}} */
  public int operationIndex() {
    return operationIndex;
  }

  /**
   * {@return the path of the failing operation as sent, or of the failing attribute of a PUT, or
   * {@code null}}
   */
  public @Nullable String path() {
    return path;
  }

  /**
   * Returns the text for the {@code detail} member of a SCIM error document: the message, which
   * names what failed and where.
   *
   * @return the message, the same as {@link #getMessage()}
   */
  public String detail() {
    return getMessage();
  }

  @Override
  public String getMessage() {
    StringBuilder sb = new StringBuilder();
    if (operationIndex >= 0) {
      sb.append("operation ").append(operationIndex);
      if (path != null) {
        sb.append(" (path ").append(Text.quote(Text.snippet(path, 0, MAX_QUOTED))).append(')');
      }
      sb.append(": ");
    } else if (path != null) {
      sb.append("attribute ").append(Text.quote(Text.snippet(path, 0, MAX_QUOTED))).append(": ");
    }
    sb.append(reason);
    if (input != null) {
      if (index >= 0) {
        sb.append(" at index ").append(index);
      }
      sb.append(": ").append(Text.snippet(input, Math.max(index, 0), MAX_QUOTED));
    }
    return sb.toString();
  }
}
