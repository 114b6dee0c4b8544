package org.unlearn.model.forget;

import java.io.IOException;
import org.unlearn.model.data.TrainingSet;

/**
 * A family's way to write a trained model's learned state and read it back without training again, so a
 * session continues from where it stopped. The rows are not written: the reader is given them (the session
 * prepares them from its own data copy), so a model file holds only what the family learnt from them.
 * A family provides one through its descriptor ({@code FamilyDescriptor#stateCodec}); a family without one
 * is rebuilt by retraining.
 *
 * <p>Contract: {@code read(write(m), m.trainingData(), ...)} has the same content hash and answers as {@code m},
 * and forgets exactly as {@code m} would.
 *
 * @param <M> the family's model type
 */
public interface StateCodec<M extends UnlearningModel<M>> {
    /** The version of the state's layout; a file written with another version is refused, never misread. */
    int version();

    /** True when this model's state can be written (a family may store some configurations only). */
    default boolean canWrite(M model) {
        return true;
    }

    /** Writes the learned state (never the rows' values). */
    void write(M model, StateOutput out) throws IOException;

    /**
     * Reads a state back.
     *
     * @param rows the rows the model reflected when it was written, prepared as they were then
     * @param seed the seed it was trained with
     * @throws IOException when the bytes are not a state of this family and version
     */
    M read(StateInput in, TrainingSet rows, long seed) throws IOException;
}
