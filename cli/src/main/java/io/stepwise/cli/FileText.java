package io.stepwise.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The text of a file named on the command line, or why it could not be read. */
sealed interface FileText {

  record Read(String text) implements FileText {}

  /** The file could not be read; {@code message} says why, for a person. */
  record Unreadable(String message) implements FileText {}

  static FileText read(Path path) {
    try {
      if (Files.isDirectory(path)) {
        return new Unreadable("cannot read " + path + ": it is a directory");
      }
      return new Read(Files.readString(path));
    } catch (NoSuchFileException e) {
      return new Unreadable("cannot read " + path + ": no such file");
    } catch (AccessDeniedException e) {
      return new Unreadable("cannot read " + path + ": permission denied");
    } catch (CharacterCodingException e) {
      return new Unreadable("cannot read " + path + ": it is not UTF-8 text");
    } catch (IOException e) {
      return new Unreadable("cannot read " + path + ": " + e.getMessage());
    }
  }
}
