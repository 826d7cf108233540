package fi.kuuleva.speech.audio;

/**
 * Brings a prompt to {@code lufs} integrated loudness, but never lets a sample peak above {@code peakCeilingDbfs}:
 * a prompt with unusually high peaks ends up a little quieter than the target instead of clipping. Every prompt of a
 * call then sounds equally loud, recorded or synthesized. Immutable and thread-safe.
 */
public record LoudnessTarget(double lufs, double peakCeilingDbfs) {

    /** -18 LUFS with peaks at most -1 dBFS: clear on a handset after G.711 coding without clipping. */
    public static final LoudnessTarget TELEPHONE = new LoudnessTarget(-18.0, -1.0);

    public Pcm apply(Pcm pcm) {
        double measured = Loudness.integrated(pcm);
        int peak = pcm.peak();
        if (Double.isInfinite(measured) || peak == 0) {
            return pcm;
        }
        double gain = Math.pow(10, (lufs - measured) / 20);
        double ceiling = 32768 * Math.pow(10, peakCeilingDbfs / 20);
        gain = Math.min(gain, ceiling / peak);
        short[] out = new short[pcm.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Resampler.clip(pcm.samples()[i] * gain);
        }
        return new Pcm(out, pcm.sampleRate());
    }
}
