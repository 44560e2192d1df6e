package dev.scimpatch.jackson3.example;

import dev.scimpatch.ScimPatchException;
import dev.scimpatch.ScimType;
import dev.scimpatch.jackson3.ScimErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of the example server as a SCIM error document (RFC 7644 §3.12), with
 * {@code Content-Type: application/scim+json}:
 *
 * <ul>
 *   <li>a {@link ScimPatchException}: its status and {@link ScimErrors#toBytes(ScimPatchException)}.
 *       That includes a body the {@link dev.scimpatch.jackson3.ScimPatchModule} refused while
 *       Spring bound it as a {@code PatchRequest}: Jackson 3 and Spring's converter let the
 *       module's exception through as it is;</li>
 *   <li>a body Spring could not read otherwise ({@link HttpMessageNotReadableException}, an
 *       empty body, say): the {@code ScimPatchException} among its causes, should a release wrap
 *       one, else {@code 400 invalidSyntax};</li>
 *   <li>Spring MVC's own errors (no such endpoint {@code 404}, method not allowed {@code 405},
 *       unsupported media type {@code 415}, ...): their status and detail;</li>
 *   <li>anything else: {@code 500}, without its message.</li>
 * </ul>
 */
@RestControllerAdvice
public class ScimErrorAdvice {

  private static final System.Logger LOG = System.getLogger(ScimErrorAdvice.class.getName());

  /**
   * A SCIM error.
   *
   * @param e the error
   * @return its status and document
   */
  @ExceptionHandler(ScimPatchException.class)
  public ResponseEntity<byte[]> scim(ScimPatchException e) {
    return error(e);
  }

  /**
   * A body Spring could not read: the SCIM error that refused it, if that is the cause, else
   * {@code 400 invalidSyntax}.
   *
   * @param e Spring's exception
   * @return the SCIM error's status and document
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<byte[]> unreadable(HttpMessageNotReadableException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof ScimPatchException scim) {
        return error(scim);
      }
    }
    return error(ScimPatchException.of(ScimType.INVALID_SYNTAX, "the body is not a JSON document"));
  }

  /**
   * Spring MVC's own errors and anything unexpected.
   *
   * @param e the exception
   * @return a SCIM error with Spring's status, or {@code 500}
   */
  @ExceptionHandler(Exception.class)
  public ResponseEntity<byte[]> other(Exception e) {
    if (e instanceof ErrorResponse spring && spring.getStatusCode().isError()) {
      String detail = spring.getBody().getDetail();
      ScimPatchException scim = ScimPatchException.ofStatus(spring.getStatusCode().value(),
          detail != null ? detail : "the request cannot be answered");
      // Spring's headers too: Allow of a 405, Accept of a 415.
      return ResponseEntity.status(scim.status()).headers(spring.getHeaders()).contentType(ScimController.SCIM_JSON)
          .body(ScimErrors.toBytes(scim));
    }
    LOG.log(System.Logger.Level.ERROR, "unexpected error", e);
    return error(ScimPatchException.ofStatus(500, "internal server error"));
  }

  private static ResponseEntity<byte[]> error(ScimPatchException e) {
    return ResponseEntity.status(e.status()).contentType(ScimController.SCIM_JSON).body(ScimErrors.toBytes(e));
  }
}
