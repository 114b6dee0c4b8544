package org.unlearn.model.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import org.unlearn.model.data.TrainingSet;
import org.unlearn.model.family.Configured;
import org.unlearn.model.forget.StateCodec;
import org.unlearn.model.forget.StateInput;
import org.unlearn.model.forget.StateOutput;
import org.unlearn.model.forget.UnlearningModel;

/**
 * A session's stored model: a header (format name and version, the family's code and the version of its
 * state's layout) and then what the family's {@link StateCodec} writes. The file holds learned numbers only;
 * the rows come from the session's data copy when it is read.
 */
final class ModelFile {
    static final String FORMAT = "unlearn-explorer-model";
    static final int VERSION = 1;

    private ModelFile() {}

    static String name(int generation) {
        return "model-" + generation + ".bin";
    }

    /** The bytes of a model's state, or none when its family cannot store it. */
    static <M extends UnlearningModel<M>> Optional<byte[]> encode(Configured<M> family, TrainingSet rows, M model) {
        Optional<StateCodec<M>> codec = family.stateCodec(rows);
        if (codec.isEmpty() || !codec.get().canWrite(model)) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StateOutput out = new StateOutput(bytes);
        try {
            out.writeString(FORMAT);
            out.writeInt(VERSION);
            out.writeString(family.code());
            out.writeInt(codec.get().version());
            codec.get().write(model, out);
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Optional.of(bytes.toByteArray());
    }

    /**
     * Reads a model's state back for the rows it reflects.
     *
     * @throws IOException when the bytes are not a model of this family in a layout this engine reads
     */
    static <M extends UnlearningModel<M>> M decode(byte[] bytes, Configured<M> family, TrainingSet rows, long seed)
            throws IOException {
        StateCodec<M> codec = family.stateCodec(rows)
                .orElseThrow(() -> new IOException("the family " + family.code() + " does not store its models"));
        StateInput in = new StateInput(new ByteArrayInputStream(bytes), bytes.length);
        if (!FORMAT.equals(in.readString()) || in.readInt() != VERSION) {
            throw new IOException("not a model file of this version");
        }
        String code = in.readString();
        if (!code.equals(family.code())) {
            throw new IOException("a model of the family " + code + ", not " + family.code());
        }
        int version = in.readInt();
        if (version != codec.version()) {
            throw new EarlierLayoutException("a " + code + " model stored in layout " + version
                    + "; this engine reads layout " + codec.version());
        }
        M model = codec.read(in, rows, seed);
        in.end();
        return model;
    }
}
