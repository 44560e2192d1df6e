package dev.scimpatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimpatch.path.Path;
import org.junit.jupiter.api.Test;

class ScimPatchExceptionTest {

  @Test
  void syntaxErrorMessageHasOneShape() {
    ScimPatchException e = catchThrowableOfType(ScimPatchException.class,
        () -> Path.parse("emails[type eq \"work\""));
    assertThat(e.getMessage()).isEqualTo("expected ']' at index 21: emails[type eq \"work\"");
    assertThat(e.reason()).isEqualTo("expected ']'");
    assertThat(e.input()).isEqualTo("emails[type eq \"work\"");
    assertThat(e.index()).isEqualTo(21);
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.scimType()).isEqualTo(ScimType.INVALID_FILTER);
    assertThat(e.operationIndex()).isEqualTo(-1);
    assertThat(e.path()).isNull();
    assertThat(e.detail()).isEqualTo(e.getMessage());
  }

  @Test
  void messageQuotesAtMost64CharactersAroundTheIndex() {
    String input = "a".repeat(100) + "!" + "b".repeat(100);
    ScimPatchException e = ScimPatchException.invalidPath("unexpected", input, 100);
    String quoted = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
    assertThat(quoted).startsWith("...").endsWith("...");
    String inner = quoted.substring(3, quoted.length() - 3);
    assertThat(inner).hasSize(64).contains("!");
    assertThat(e.getMessage()).startsWith("unexpected at index 100: ");
    assertThat(e.input()).isEqualTo(input);
  }

  @Test
  void messageQuotesTheEndOfALongInput() {
    String input = "x".repeat(200);
    ScimPatchException e = ScimPatchException.invalidPath("too long", input, 200);
    assertThat(e.getMessage()).isEqualTo("too long at index 200: ..." + "x".repeat(64));
  }

  @Test
  void controlCharactersAreEscapedInMessages() {
    ScimPatchException e = ScimPatchException.invalidPath("bad", "a\nb\u0000c\ud800", 1);
    assertThat(e.getMessage()).isEqualTo("bad at index 1: a\\u000ab\\u0000c\\ud800");
  }

  @Test
  void withOperationNamesTheOperationAndKeepsTheRest() {
    ScimPatchException e = ScimPatchException.of(ScimType.MUTABILITY, "id is readOnly")
        .withOperation(2, "id");
    assertThat(e.getMessage()).isEqualTo("operation 2 (path \"id\"): id is readOnly");
    assertThat(e.operationIndex()).isEqualTo(2);
    assertThat(e.path()).isEqualTo("id");
    assertThat(e.scimType()).isEqualTo(ScimType.MUTABILITY);
    assertThat(e.status()).isEqualTo(400);

    ScimPatchException noPath = ScimPatchException.of(ScimType.INVALID_VALUE, "not an object")
        .withOperation(0, null);
    assertThat(noPath.getMessage()).isEqualTo("operation 0: not an object");
    assertThatThrownBy(() -> e.withOperation(-1, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void statusWithoutScimType() {
    ScimPatchException e = ScimPatchException.ofStatus(501, "PATCH is not implemented");
    assertThat(e.status()).isEqualTo(501);
    assertThat(e.scimType()).isNull();
    assertThat(e.index()).isEqualTo(-1);
    assertThatThrownBy(() -> ScimPatchException.ofStatus(200, "ok"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void scimTypesUseTheRfcKeywordsAndStatuses() {
    assertThat(ScimType.INVALID_PATH.keyword()).isEqualTo("invalidPath");
    assertThat(ScimType.NO_TARGET.keyword()).isEqualTo("noTarget");
    assertThat(ScimType.INVALID_FILTER.keyword()).isEqualTo("invalidFilter");
    assertThat(ScimType.INVALID_VALUE.keyword()).isEqualTo("invalidValue");
    assertThat(ScimType.INVALID_SYNTAX.keyword()).isEqualTo("invalidSyntax");
    assertThat(ScimType.MUTABILITY.keyword()).isEqualTo("mutability");
    assertThat(ScimType.UNIQUENESS.status()).isEqualTo(409);
    assertThat(ScimType.SENSITIVE.status()).isEqualTo(403);
    assertThat(ScimType.TOO_MANY.status()).isEqualTo(400);
    for (ScimType t : ScimType.values()) {
      assertThat(ScimType.fromKeyword(t.keyword())).contains(t);
      assertThat(t).hasToString(t.keyword());
    }
    assertThat(ScimType.fromKeyword("InvalidPath")).isEmpty();
  }
}
