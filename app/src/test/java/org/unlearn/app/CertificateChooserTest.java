package org.unlearn.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The certificate's type is its extension; a name typed without one takes the type chosen in the dialog. */
class CertificateChooserTest {
    @Test
    void aNamedExtensionIsKeptWhateverTheTypeChosen() {
        assertEquals(Path.of("/t/gui-all.pdf"), CertificateChooser.withType(Path.of("/t/gui-all.pdf"), false));
        assertEquals(Path.of("/t/c.HTML"), CertificateChooser.withType(Path.of("/t/c.HTML"), true));
        assertEquals(Path.of("/t/c.htm"), CertificateChooser.withType(Path.of("/t/c.htm"), true));
    }

    @Test
    void aNameWithoutOneTakesTheTypeChosen() {
        assertEquals(Path.of("/t/c.pdf"), CertificateChooser.withType(Path.of("/t/c"), true));
        assertEquals(Path.of("/t/c.v2.html"), CertificateChooser.withType(Path.of("/t/c.v2"), false));
    }
}
