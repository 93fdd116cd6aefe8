#!/usr/bin/env python3
"""Synthesises the music and sound effects of the bundled story, from nothing but numbers.

Everything here is original: oscillators, noise, filters and envelopes, composed in code. The
output is reproducible: every random choice comes from a generator with a fixed seed, and the
Ogg stream serial number (which libsndfile picks at random) is fixed after writing, so the same
package versions (assets/src/requirements.txt) give byte-identical files.

  Music   assets/music/<name>.ogg   Ogg Vorbis, 44,100 Hz stereo, seamless loops of whole bars
  Sounds  assets/sound/<name>.wav   WAV, 44,100 Hz mono 16-bit, 0.1 to 3 seconds

44,100 Hz because the player (macroquad 0.4 / quad-snd 0.2) converts every file to 44,100 Hz
stereo with a nearest-neighbour resampler: at the native rate nothing is resampled.

How the loops stay seamless: each track is rendered into a buffer exactly N bars long, and a note
that runs past the end is folded back onto the start (added modulo the loop length). Reverb,
echo and the master filters are circular (FFT convolution over the loop), so the tail of the
last bar rings over the first bar and the loop point is invisible. Continuous drones use
frequencies with a whole number of cycles per loop. The player's Vorbis decoder (lewton) can
decode a file a few milliseconds long, which would stutter at the seam; write_music predicts
its frame count (lewton_frames) and re-encodes until it is exact.

Run from anywhere:  python3 assets/src/make_sound.py            (everything)
                    python3 assets/src/make_sound.py battle door (only these)
"""

import sys
from pathlib import Path

import numpy as np
import soundfile as sf
from scipy import signal

ASSETS = Path(__file__).resolve().parent.parent
SR = 44100
PEAK = 10 ** (-1.0 / 20)  # -1 dBFS


# ---------------------------------------------------------------------------------------------
# Basics: notes, envelopes, filters
# ---------------------------------------------------------------------------------------------

NOTE_INDEX = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}


def midi(name):
    """'C4' -> 60, 'F#3' -> 54, 'Bb5' -> 82."""
    pitch = NOTE_INDEX[name[0]]
    rest = name[1:]
    while rest and rest[0] in "#b":
        pitch += 1 if rest[0] == "#" else -1
        rest = rest[1:]
    return pitch + 12 * (int(rest) + 1)


def hz(note):
    m = midi(note) if isinstance(note, str) else note
    return 440.0 * 2 ** ((m - 69) / 12)


def seconds(n):
    return np.arange(int(n)) / SR


def adsr(n, attack, decay, sustain, release, hold=None):
    """Envelope of n samples: attack, decay to sustain, held until `hold` s, then released."""
    t = seconds(n)
    hold = (n / SR - release) if hold is None else hold
    env = np.where(t < attack, t / max(attack, 1e-6),
                   sustain + (1 - sustain) * np.exp(-(t - attack) / max(decay, 1e-6)))
    at_hold = np.interp(hold, t, env) if n else 0.0
    after = t >= hold
    env[after] = at_hold * np.exp(-(t[after] - hold) / max(release / 5, 1e-6))
    tail = min(n, int(0.01 * SR))
    if tail:
        env[n - tail:] *= np.linspace(1, 0, tail)
    return env


def fade_edges(x, fade_in=0.002, fade_out=0.01):
    x = x.copy()
    a, b = int(fade_in * SR), int(fade_out * SR)
    if a:
        x[:a] *= np.linspace(0, 1, a)
    if b:
        x[-b:] *= np.linspace(1, 0, b) ** 2
    return x


def sos(kind, freq, order=2, q=None):
    if kind == "band":
        return signal.butter(order, [freq[0] / (SR / 2), freq[1] / (SR / 2)], "bandpass", output="sos")
    return signal.butter(order, min(freq / (SR / 2), 0.999), kind, output="sos")


def lowpass(x, f, order=2):
    return signal.sosfilt(sos("low", f, order), x)


def highpass(x, f, order=2):
    return signal.sosfilt(sos("high", f, order), x)


def bandpass(x, lo, hi, order=2):
    return signal.sosfilt(sos("band", (lo, hi), order), x)


def resonator(x, f, q):
    """A two-pole resonant peak (a struck body, a room mode)."""
    b, a = signal.iirpeak(f / (SR / 2), q)
    return signal.lfilter(b, a, x)


def sweep_lowpass(x, cutoff):
    """One-pole low-pass with a cutoff (Hz) that changes every sample, run in small blocks."""
    y = np.empty_like(x)
    state = 0.0
    block = 64
    for i in range(0, len(x), block):
        c = float(np.mean(cutoff[i:i + block]))
        a = np.exp(-2 * np.pi * c / SR)
        y[i:i + block], zi = signal.lfilter([1 - a], [1, -a], x[i:i + block], zi=[state * a])
        state = y[i + len(y[i:i + block]) - 1]
    return y


# ---------------------------------------------------------------------------------------------
# Instruments. Each returns a mono signal that starts at the note-on and includes its release.
# ---------------------------------------------------------------------------------------------

def additive(freq, n, amps, ratios=None, vibrato=0.0, vib_rate=5.0, detune_cents=0.0, phase=0.0):
    """Sum of partials at freq*ratio, amplitude amps[k]; partials above 16 kHz are dropped."""
    ratios = np.arange(1, len(amps) + 1) if ratios is None else np.asarray(ratios, float)
    t = seconds(n)
    f0 = freq * 2 ** (detune_cents / 1200)
    inst = f0 * (1 + vibrato * np.sin(2 * np.pi * vib_rate * t) * np.minimum(1, t / 0.6))
    ph = 2 * np.pi * np.cumsum(inst) / SR + phase
    out = np.zeros(n)
    for r, a in zip(ratios, amps):
        if a and f0 * r < 16000:
            out += a * np.sin(r * ph)
    return out


def saw_amps(freq, limit=7000.0, tilt=1.0, cap=60):
    k = np.arange(1, max(2, min(cap, int(limit / freq))) + 1)
    return 1.0 / k ** tilt


def strings(freq, dur, attack=0.5, release=1.2, bright=3500.0, level=1.0):
    """A section pad: three detuned soft saws with slow vibrato."""
    n = int((dur + release) * SR)
    amps = saw_amps(freq, bright, 1.25)
    x = sum(additive(freq, n, amps, vibrato=0.0025, vib_rate=4.6 + 0.4 * i,
                     detune_cents=c, phase=i * 1.7) for i, c in enumerate((-7, 0, 6)))
    return level * x / 3 * adsr(n, attack, 1.0, 0.85, release, hold=dur)


def organ(freq, dur, release=0.4, level=1.0):
    """Stopped flute pipes: fundamental, octave and a few odd partials; a little hollow."""
    n = int((dur + release) * SR)
    ratios = [0.5, 1, 2, 3, 4, 5, 6]
    amps = [0.35, 1.0, 0.45, 0.28, 0.18, 0.1, 0.05]
    t = seconds(n)
    x = additive(freq, n, amps, ratios) * (1 + 0.06 * np.sin(2 * np.pi * 5.5 * t))
    chiff = bandpass(np.random.default_rng(int(freq)).standard_normal(n), freq * 2, min(freq * 6, 15000))
    chiff *= np.exp(-t / 0.03) * 0.08
    return level * (x + chiff) * adsr(n, 0.06, 0.3, 0.9, release, hold=dur)


def music_box(freq, level=1.0, length=2.6):
    """A tuned steel tine: a bright strike, a few stiff partials, a long shimmering decay."""
    n = int(length * SR)
    t = seconds(n)
    parts = [(1.0, 1.0, 1.9), (1.0015, 0.25, 1.7), (2.0, 0.12, 0.9), (4.07, 0.22, 0.35), (6.27, 0.1, 0.12)]
    x = np.zeros(n)
    for r, a, tau in parts:
        if freq * r < 16000:
            x += a * np.sin(2 * np.pi * freq * r * t) * np.exp(-t / tau)
    click = highpass(np.random.default_rng(7).standard_normal(n), 3000) * np.exp(-t / 0.002) * 0.05
    return level * fade_edges(x + click, 0.001, 0.05)


def piano(freq, dur, vel=0.8, level=1.0, release=0.35):
    """Stiff strings struck by a hammer: slightly sharp upper partials, each fading faster, two
    unisons beating, a two-stage decay, and the damper at note-off."""
    sustain_len = min(dur, 7.0)
    n = int((sustain_len + release) * SR)
    t = seconds(n)
    inharm = 0.00035
    x = np.zeros(n)
    kmax = int(min(24, 9000 / freq))
    for k in range(1, kmax + 1):
        fk = k * freq * np.sqrt(1 + inharm * k * k)
        a = abs(np.sin(np.pi * k / 7.3)) / k ** 1.05 * vel ** (0.15 * k)
        tau1 = 0.5 * (220 / freq) ** 0.35 / k ** 0.4
        tau2 = 3.8 * (220 / freq) ** 0.5 / k ** 0.7
        env = 0.65 * np.exp(-t / tau1) + 0.35 * np.exp(-t / tau2)
        for cents, ph in ((-0.8, 0.0), (0.9, 0.7 * k)):
            x += 0.5 * a * env * np.sin(2 * np.pi * fk * 2 ** (cents / 1200) * t + ph)
    hammer = lowpass(np.random.default_rng(int(freq * 10)).standard_normal(n), 1800) * np.exp(-t / 0.008)
    x += 0.12 * vel * hammer
    damper = np.ones(n)
    off = t >= sustain_len
    damper[off] = np.exp(-(t[off] - sustain_len) / (release / 5))
    return level * vel * fade_edges(x * damper, 0.001, 0.01)


def pluck(freq, dur, bright=0.6, level=1.0, seed=0, pick=0.2, decay=1.0):
    """Karplus-Strong string. Rendered at a rate where the period is a whole number of samples,
    then resampled to 44,100 Hz, so the pitch is exact."""
    period = int(np.ceil(SR / freq))
    rate = freq * period
    n = int((dur + 0.1) * rate)
    rng = np.random.default_rng(seed)
    burst = rng.uniform(-1, 1, period)
    burst = lowpass(burst, 800 + 9000 * bright, 1)
    burst -= np.roll(burst, int(period * pick))  # pick position comb
    # loss per round trip so that the note falls by about 50 dB over `decay` seconds
    g = 10 ** (-50 / 20 / (decay * freq))
    y = np.zeros(n)
    y[:period] = burst
    for start in range(period, n, period):
        prev = y[start - period:start]
        prev1 = np.concatenate(([y[start - period - 1] if start > period else 0.0], prev[:-1]))
        chunk = g * 0.5 * (prev + prev1)
        end = min(n, start + period)
        y[start:end] = chunk[: end - start]
    src_t = np.arange(n) / rate
    out = np.interp(np.arange(int(dur * SR)) / SR, src_t, y)
    body = resonator(out, 110, 3) * 0.2 + resonator(out, 220, 4) * 0.12
    out = out + body
    return level * fade_edges(out, 0.0005, 0.08)


def bass(freq, dur, level=1.0, release=0.12):
    n = int((dur + release) * SR)
    x = additive(freq, n, [1.0, 0.35, 0.12, 0.05])
    return level * x * adsr(n, 0.008, 0.35, 0.65, release, hold=dur)


def brass(freq, dur, level=1.0, release=0.18):
    """Saw with a filter that opens on the attack and closes back: a short brass stab."""
    n = int((dur + release) * SR)
    t = seconds(n)
    amps = saw_amps(freq, 9000, 1.0)
    cutoff = freq * (1.5 + 6 * np.exp(-t / 0.12)) + 400
    k = np.arange(1, len(amps) + 1)
    ph = 2 * np.pi * freq * t
    x = np.zeros(n)
    for i, a in zip(k, amps):
        gain = 1 / np.sqrt(1 + (i * freq / cutoff) ** 4)
        x += a * gain * (np.sin(i * ph) + np.sin(i * ph * 1.003 + 1.0)) / 2
    return level * x * adsr(n, 0.02, 0.25, 0.7, release, hold=dur)


def spiccato(freq, level=1.0, length=0.22):
    """A short bowed string note for ostinatos."""
    n = int(length * SR)
    t = seconds(n)
    amps = saw_amps(freq, 6000, 1.1)
    x = additive(freq, n, amps) + 0.5 * additive(freq, n, amps, detune_cents=9, phase=2.0)
    bow = bandpass(np.random.default_rng(int(freq)).standard_normal(n), 1500, 6000) * 0.05
    env = np.minimum(1, t / 0.006) * np.exp(-t / 0.07)
    return level * fade_edges((x / 1.5 + bow) * env, 0.0005, 0.02)


def bell(freq, level=1.0, length=3.0):
    """A soft celesta-like bell: FM with a decaying index."""
    n = int(length * SR)
    t = seconds(n)
    index = 1.6 * np.exp(-t / 0.25)
    x = np.sin(2 * np.pi * freq * t + index * np.sin(2 * np.pi * freq * 3.5 * t))
    x += 0.3 * np.sin(2 * np.pi * freq * 2.001 * t) * np.exp(-t / 0.6)
    return level * fade_edges(x * np.exp(-t / 0.9), 0.002, 0.1)


def pulse_synth(freq, dur, level=1.0, cutoff_scale=1.0):
    """Low saw with a plucky filter envelope: the heartbeat of the tension track."""
    n = int((dur + 0.05) * SR)
    t = seconds(n)
    amps = saw_amps(freq, 5000, 1.0)
    cutoff = (freq * 1.2 + 900 * cutoff_scale * np.exp(-t / 0.09))
    ph = 2 * np.pi * freq * t
    x = np.zeros(n)
    for i, a in enumerate(amps, 1):
        gain = 1 / np.sqrt(1 + (i * freq / cutoff) ** 4)
        x += a * gain * (np.sin(i * ph) + 0.7 * np.sin(i * ph * 1.004 + 0.4))
    return level * x * adsr(n, 0.004, 0.15, 0.5, 0.05, hold=dur)


def kick(level=1.0, pitch=48.0, length=0.5):
    n = int(length * SR)
    t = seconds(n)
    f = pitch + 90 * np.exp(-t / 0.035)
    x = np.sin(2 * np.pi * np.cumsum(f) / SR) * np.exp(-t / 0.16)
    click = lowpass(np.random.default_rng(1).standard_normal(n), 4000) * np.exp(-t / 0.003) * 0.3
    return level * fade_edges(x + click, 0.0005, 0.05)


def snare(level=1.0, seed=2, length=0.35, tone=185.0):
    n = int(length * SR)
    t = seconds(n)
    noise = bandpass(np.random.default_rng(seed).standard_normal(n), 1200, 9000) * np.exp(-t / 0.07)
    body = np.sin(2 * np.pi * tone * t) * np.exp(-t / 0.05)
    return level * fade_edges(0.6 * noise + 0.8 * body, 0.0005, 0.03)


def hat(level=1.0, seed=3, length=0.09):
    n = int(length * SR)
    t = seconds(n)
    noise = highpass(np.random.default_rng(seed).standard_normal(n), 7000, 4)
    return level * fade_edges(noise * np.exp(-t / 0.02), 0.0003, 0.01)


def tom(freq, level=1.0, length=0.6, seed=4):
    n = int(length * SR)
    t = seconds(n)
    f = freq * (1 + 0.5 * np.exp(-t / 0.04))
    x = np.sin(2 * np.pi * np.cumsum(f) / SR) * np.exp(-t / 0.22)
    x += lowpass(np.random.default_rng(seed).standard_normal(n), 2500) * np.exp(-t / 0.02) * 0.25
    return level * fade_edges(x, 0.0005, 0.05)


def taiko(level=1.0, length=1.4, seed=5):
    """A big low drum: pitched thump, skin noise and a long boom."""
    n = int(length * SR)
    t = seconds(n)
    f = 62 * (1 + 0.6 * np.exp(-t / 0.05))
    x = np.sin(2 * np.pi * np.cumsum(f) / SR) * np.exp(-t / 0.45)
    x += 0.4 * np.sin(2 * np.pi * np.cumsum(f * 1.58) / SR) * np.exp(-t / 0.2)
    x += lowpass(np.random.default_rng(seed).standard_normal(n), 700) * np.exp(-t / 0.06) * 0.6
    return level * fade_edges(x, 0.0005, 0.1)


def timpani(freq, level=1.0, length=2.5, seed=6):
    n = int(length * SR)
    t = seconds(n)
    x = np.zeros(n)
    for r, a, tau in ((1.0, 1.0, 0.9), (1.504, 0.5, 0.6), (1.742, 0.3, 0.45), (2.0, 0.25, 0.35)):
        x += a * np.sin(2 * np.pi * freq * r * t) * np.exp(-t / tau)
    x += lowpass(np.random.default_rng(seed).standard_normal(n), 1200) * np.exp(-t / 0.015) * 0.4
    return level * fade_edges(x, 0.001, 0.1)


def cymbal(level=1.0, length=2.5, seed=8):
    n = int(length * SR)
    t = seconds(n)
    rng = np.random.default_rng(seed)
    noise = highpass(rng.standard_normal(n), 4500, 2)
    metal = sum(np.sin(2 * np.pi * f * t + rng.uniform(0, 6)) for f in (3140, 4512, 5318, 6877, 7930)) * 0.08
    return level * fade_edges((noise + metal) * np.exp(-t / 0.8), 0.001, 0.2)


# ---------------------------------------------------------------------------------------------
# Loops: a stereo buffer of whole bars with wrap-around, circular reverb and echo
# ---------------------------------------------------------------------------------------------

class Loop:
    def __init__(self, bpm, beats_per_bar, bars, seed):
        self.beat = SR * 60.0 / bpm
        self.beats_per_bar = beats_per_bar
        self.length = int(round(bars * beats_per_bar * self.beat))
        self.dry = np.zeros((2, self.length))
        self.send = np.zeros((2, self.length))
        self.echo = np.zeros((2, self.length))
        self.rng = np.random.default_rng(seed)

    def seconds(self):
        return self.length / SR

    def bar(self, b, beat=0.0):
        """Beat position of bar b (0-based) plus an offset in beats."""
        return b * self.beats_per_bar + beat

    def add(self, x, at_beat, pan=0.0, gain=1.0, verb=0.2, echo=0.0, human=0.0):
        """Mixes mono x at a beat; whatever runs past the end wraps to the start."""
        start = int(round(at_beat * self.beat + (self.rng.normal(0, human) * SR if human else 0)))
        angle = (pan + 1) * np.pi / 4
        gains = (np.cos(angle) * gain, np.sin(angle) * gain)
        pos = start % self.length
        i = 0
        while i < len(x):
            take = min(len(x) - i, self.length - pos)
            seg = x[i:i + take]
            for ch in (0, 1):
                self.dry[ch, pos:pos + take] += gains[ch] * seg
                if verb:
                    self.send[ch, pos:pos + take] += gains[ch] * verb * seg
                if echo:
                    self.echo[ch, pos:pos + take] += gains[ch] * echo * seg
            i += take
            pos = 0

    def add_stereo(self, st, gain=1.0):
        self.dry += gain * st

    def periodic_freq(self, f):
        """The nearest frequency with a whole number of cycles in the loop."""
        cycles = max(1, round(f * self.length / SR))
        return cycles * SR / self.length

    def lfo(self, cycles, phase=0.0):
        return np.sin(2 * np.pi * cycles * np.arange(self.length) / self.length + phase)

    def mix(self, room=2.2, room_level=0.35, echo_beats=0.75, echo_feedback=0.35,
            low=9000.0, high=35.0, drive=0.0, peak_db=-1.0):
        """Reverb, echo, master filters, optional soft saturation; normalised to peak_db dBFS."""
        L = self.length
        out = self.dry.copy()
        if np.any(self.send):
            out += room_level * circular_reverb(self.send, room, self.rng)
        if np.any(self.echo):
            d = int(round(echo_beats * self.beat))
            wet = np.zeros_like(self.echo)
            src = np.stack([lowpass(np.tile(ch, 2), 3500)[L:] for ch in self.echo])
            for k in range(1, 8):
                # ping-pong: odd repeats lean left, even repeats lean right
                g = echo_feedback ** (k - 1)
                shifted = np.roll(src, k * d, axis=1)
                side = (0.8, 0.45) if k % 2 else (0.45, 0.8)
                wet[0] += g * side[0] * shifted[0]
                wet[1] += g * side[1] * shifted[1]
            out += wet
        out = circular_filter(out, low, high)
        if drive:
            out = np.tanh(drive * out / np.max(np.abs(out))) / np.tanh(drive)
        return normalise(out, 10 ** (peak_db / 20))


def circular_reverb(x, decay, rng):
    """Convolves each channel with its own synthetic room (early taps plus a noise tail whose
    highs die first), circularly over the loop, so the tail wraps around seamlessly."""
    L = x.shape[1]
    n = min(int(decay * 1.6 * SR), L - 1)
    t = seconds(n)
    out = np.zeros_like(x)
    for ch in range(2):
        noise = rng.standard_normal(n)
        low = lowpass(noise, 1200) * np.exp(-t * 6.9 / decay)
        mid = bandpass(noise, 1200, 4500) * np.exp(-t * 6.9 / (decay * 0.6))
        top = highpass(noise, 4500) * np.exp(-t * 6.9 / (decay * 0.3))
        ir = (low * 1.6 + mid + 0.5 * top)
        ir *= np.minimum(1, t / 0.02)  # pre-delay fade-in
        for delay, g in ((0.011, 0.5), (0.019 + 0.004 * ch, 0.35), (0.029, 0.3), (0.041 - 0.003 * ch, 0.2)):
            ir[int(delay * SR)] += g * 8
        ir /= np.sqrt(np.sum(ir ** 2))
        out[ch] = np.fft.irfft(np.fft.rfft(x[ch]) * np.fft.rfft(ir, L), L)
    return out


def circular_filter(x, low, high):
    """Gentle zero-phase low-pass (2nd-order Butterworth magnitude) and a high-pass against
    rumble and DC, applied in the frequency domain over the loop."""
    L = x.shape[1]
    f = np.fft.rfftfreq(L, 1 / SR)
    h = 1 / np.sqrt(1 + (f / low) ** 4)
    with np.errstate(divide="ignore"):
        h *= 1 / np.sqrt(1 + (high / np.maximum(f, 1e-9)) ** 4)
    return np.fft.irfft(np.fft.rfft(x, axis=1) * h, L, axis=1)


def normalise(x, peak=PEAK):
    return x * (peak / np.max(np.abs(x)))


# ---------------------------------------------------------------------------------------------
# Harmony and melody helpers
# ---------------------------------------------------------------------------------------------

QUALITIES = {
    "": (0, 4, 7), "m": (0, 3, 7), "7": (0, 4, 7, 10), "m7": (0, 3, 7, 10),
    "maj7": (0, 4, 7, 11), "sus4": (0, 5, 7), "sus2": (0, 2, 7), "5": (0, 7), "add9": (0, 4, 7, 14),
    "madd9": (0, 3, 7, 14),
}


def chord(name, octave=3):
    """'F#m' -> midi notes from the root in the given octave."""
    root = name[0] + (name[1] if len(name) > 1 and name[1] in "#b" else "")
    quality = name[len(root):]
    r = midi(f"{root}{octave}")
    return [r + i for i in QUALITIES[quality]]


def voicing(name, low=52, high=74):
    """The chord's tones, one of each, placed in the octave above `low` (and not above `high`)."""
    notes = sorted({(n - low) % 12 + low for n in chord(name)})
    return [n for n in notes if n <= high]


def melody(text):
    """'E5:1 r:0.5 D5:0.5' -> [(beat offset, midi or None, duration in beats)]."""
    out, beat = [], 0.0
    for token in text.split():
        note, dur = token.split(":")
        out.append((beat, None if note == "r" else midi(note), float(dur)))
        beat += float(dur)
    return out


def play_melody(loop, bars_text, instrument, **add):
    """bars_text: {bar index: 'note:beats ...'} with each bar's line starting at its downbeat."""
    for b, text in bars_text.items():
        for offset, m, dur in melody(text):
            if m is not None:
                loop.add(instrument(hz(m), dur * loop.beat / SR), loop.bar(b, offset), **add)


# ---------------------------------------------------------------------------------------------
# The tracks
# ---------------------------------------------------------------------------------------------

def track_title():
    """Title: D minor, 76 bpm. Piano arpeggios over strings, a piano melody doubled an octave
    up by a music box: the Republic's sound and the front's sorrow in one piece."""
    loop = Loop(76, 4, 16, seed=100)
    chords = ["Dm", "Bb", "F", "C", "Dm", "Bb", "Gm", "A", "Bb", "C", "Am", "Dm", "Gm", "Bb", "Asus4", "A"]
    bar_s = 4 * loop.beat / SR
    for b, c in enumerate(chords):
        for m in voicing(c, 55, 72):
            loop.add(strings(hz(m), bar_s, attack=0.9, release=1.4, bright=2500), loop.bar(b),
                     pan=(m - 63) / 20, gain=0.09, verb=0.5)
        root = chord(c, 2)[0]
        loop.add(strings(hz(root), bar_s, attack=0.4, release=1.0, bright=1200), loop.bar(b), gain=0.16, verb=0.2)
        tones = [root + 12, root + 19] + voicing(c, 62, 76)
        pattern = [0, 1, 2, 3, 4, 3, 2, 1]
        for i, p in enumerate(pattern):
            m = tones[p % len(tones)]
            vel = 0.55 + (0.12 if i % 4 == 0 else 0) + loop.rng.uniform(-0.05, 0.05)
            loop.add(piano(hz(m), 1.2, vel=vel), loop.bar(b, i * 0.5), pan=(m - 60) / 30,
                     gain=0.22, verb=0.35, human=0.006)
    tune = {
        2: "r:2 A4:1 C5:1", 3: "E5:3 D5:0.5 C5:0.5", 4: "D5:2 A4:2", 5: "F5:3 E5:0.5 D5:0.5",
        6: "D5:1.5 C5:0.5 Bb4:1 G4:1", 7: "A4:2 C#5:1 E5:1", 8: "F5:2 D5:1 F5:1",
        9: "G5:2 E5:1 C5:1", 10: "E5:1.5 D5:0.5 C5:1 E5:1", 11: "D5:2 A4:2",
        12: "Bb4:1 D5:1 G5:2", 13: "F5:1.5 E5:0.5 D5:1 F5:1", 14: "E5:2 D5:2", 15: "C#5:2 A4:1 r:1",
    }
    play_melody(loop, tune, lambda f, d: piano(f, d + 0.2, vel=0.85), gain=0.46, verb=0.4, echo=0.1)
    play_melody(loop, tune, lambda f, d: music_box(f * 2), pan=0.3, gain=0.09, verb=0.6, echo=0.25)
    for b in (0, 8):
        loop.add(timpani(hz("D2")), loop.bar(b), gain=0.35, verb=0.4)
    loop.add(timpani(hz("A1")), loop.bar(15, 2), gain=0.25, verb=0.4)
    return loop.mix(room=3.0, room_level=0.45, echo_beats=0.75, low=8000)


def track_republic():
    """The Republic: D major, 84 bpm. Stately and a little hollow: stopped-flute organ in open
    voicings, strings, a walking harp-like pulse, a music box carrying the tune."""
    loop = Loop(84, 4, 16, seed=200)
    chords = ["D", "A", "Bm", "F#m", "G", "D", "G", "A", "Bm", "G", "D", "A", "G", "Em", "Asus4", "A"]
    bar_s = 4 * loop.beat / SR
    for b, c in enumerate(chords):
        notes = chord(c, 3)
        root = notes[0]
        # hollow: root, fifth and octave on the organ; the third only in the strings
        for m in (root, root + 7, root + 12):
            loop.add(organ(hz(m), bar_s - 0.05), loop.bar(b), pan=(m - 55) / 30, gain=0.08, verb=0.45)
        for m in voicing(c, 62, 76):
            loop.add(strings(hz(m), bar_s, attack=0.7, release=1.2, bright=4000), loop.bar(b),
                     pan=-(m - 69) / 15, gain=0.06, verb=0.5)
        low = root - 12 if root - 12 >= midi("A1") else root
        loop.add(bass(hz(low), 2 * loop.beat / SR - 0.1), loop.bar(b), gain=0.28, verb=0.1)
        loop.add(bass(hz(low + 7), 1.5 * loop.beat / SR - 0.1), loop.bar(b, 2), gain=0.22, verb=0.1)
        loop.add(bass(hz(low), 0.5 * loop.beat / SR - 0.05), loop.bar(b, 3.5), gain=0.2, verb=0.1)
        tones = voicing(c, 62, 79)
        for i in range(4):
            m = tones[(i * 2 + b) % len(tones)]
            loop.add(pluck(hz(m), 1.6, bright=0.8, seed=b * 4 + i, decay=1.2),
                     loop.bar(b, i + 0.5), pan=0.35, gain=0.16, verb=0.45, human=0.004)
    tune = {
        0: "F#5:1 A5:1 D6:2", 1: "C#6:1 B5:0.5 A5:0.5 E5:2", 2: "F#5:1 B5:1 D6:1.5 C#6:0.5",
        3: "A5:3 r:1", 4: "B5:1 G5:1 D5:1 G5:1", 5: "F#5:1.5 E5:0.5 D5:2", 6: "E5:1 G5:1 B5:1 D6:1",
        7: "C#6:3 r:1", 8: "D6:1 C#6:1 B5:2", 9: "G5:1 A5:1 B5:2", 10: "A5:1 F#5:1 D5:2",
        11: "E5:1 F#5:0.5 G5:0.5 A5:2", 12: "B5:1.5 A5:0.5 G5:1 B5:1", 13: "E6:1.5 D6:0.5 B5:2",
        14: "D6:2 C#6:1 B5:1", 15: "A5:3 r:1",
    }
    play_melody(loop, tune, lambda f, d: music_box(f), pan=-0.15, gain=0.3, verb=0.55, echo=0.2)
    play_melody(loop, {b: t for b, t in tune.items() if b >= 8},
                lambda f, d: strings(f / 2, d, attack=0.15, release=0.6, bright=5000), pan=0.1,
                gain=0.07, verb=0.5)
    for b in (0, 4, 8, 12):
        loop.add(timpani(hz(chord(chords[b], 2)[0])), loop.bar(b), gain=0.22, verb=0.5)
    return loop.mix(room=2.8, room_level=0.5, echo_beats=1.5, echo_feedback=0.3, low=9500)


def wind(loop, level, seed, lo=300, hi=1800):
    """Dusty wind: loop-periodic noise through a slowly breathing band-pass, circular."""
    rng = np.random.default_rng(seed)
    L = loop.length
    out = np.zeros((2, L))
    f = np.fft.rfftfreq(L, 1 / SR)
    for ch in range(2):
        spec = np.fft.rfft(rng.standard_normal(L))
        shape = 1 / np.sqrt(1 + ((f - (lo + hi) / 2) / ((hi - lo) / 2)) ** 2) / np.sqrt(np.maximum(f, 20) / 100)
        noise = np.fft.irfft(spec * shape, L)
        gust = 0.55 + 0.3 * loop.lfo(3, ch) + 0.15 * loop.lfo(7, 2 + ch)
        out[ch] = noise * gust
    return level * out / np.max(np.abs(out))


def drone(loop, notes, level, bright=3):
    """Sustained low tones whose every partial fits the loop a whole number of times."""
    t = np.arange(loop.length) / SR
    out = np.zeros(loop.length)
    for note in notes:
        f = loop.periodic_freq(hz(note))
        for k in range(1, bright + 2):
            out += np.sin(2 * np.pi * f * k * t + k) / k ** 1.5
    swell = 0.75 + 0.25 * loop.lfo(2)
    return level * out * swell / np.max(np.abs(out))


def track_front():
    """The front: E minor, 72 bpm. A fingerpicked Karplus-Strong guitar, a low drone, wind, and
    a sparse high melody in the second half."""
    loop = Loop(72, 4, 12, seed=300)
    shapes = {
        "Em": ["E2", "B2", "E3", "G3", "B3", "E4"], "Cmaj7": ["C3", "E3", "G3", "B3", "E4"],
        "C": ["C3", "G3", "C4", "E4", "G4"], "G": ["G2", "D3", "G3", "B3", "D4", "G4"],
        "D": ["D3", "A3", "D4", "F#4"], "Am": ["A2", "E3", "A3", "C4", "E4"],
        "B": ["B2", "F#3", "B3", "D#4", "F#4"],
    }
    chords = ["Em", "Cmaj7", "G", "D", "Em", "C", "Am", "B", "C", "D", "Em", "B"]
    for b, c in enumerate(chords):
        s = [midi(n) for n in shapes[c]]
        top = s[-3:]
        pattern = [s[0], top[0], top[1], top[2], s[1], top[1], top[0], top[1]]
        for i, m in enumerate(pattern):
            if i not in (0, 4) and loop.rng.random() < 0.18:
                continue
            dur = 2.6 if i in (0, 4) else 1.6
            vel = (0.9 if i in (0, 4) else 0.6) * loop.rng.uniform(0.85, 1.0)
            loop.add(pluck(hz(m), dur, bright=0.35 + 0.2 * vel, seed=b * 8 + i, decay=dur),
                     loop.bar(b, i * 0.5), pan=(m - 55) / 40, gain=0.3 * vel, verb=0.3, human=0.008)
    tune = {
        4: "r:2 B4:1 E5:1", 5: "G5:2 E5:2", 6: "A5:1 G5:1 E5:1 D5:1", 7: "F#5:2 D#5:2",
        8: "E5:1.5 G5:0.5 E5:2", 9: "D5:1 F#5:1 A5:2", 10: "G5:1 F#5:1 E5:2", 11: "D#5:2 B4:2",
    }
    play_melody(loop, tune, lambda f, d: pluck(f, d + 1.2, bright=0.55, seed=int(f), pick=0.13, decay=d + 1.5),
                pan=0.25, gain=0.55, verb=0.45, echo=0.3)
    loop.add_stereo(np.stack([drone(loop, ["E1", "B1"], 0.07)] * 2))
    loop.add_stereo(wind(loop, 0.05, 301))
    return loop.mix(room=2.4, room_level=0.4, echo_beats=1.5, echo_feedback=0.3, low=6500, high=30, drive=1.8)


def track_battle():
    """Battle: D minor, 144 bpm. Low spiccato ostinato in 3+3+2, kick, snare, taiko, brass
    stabs on the changes, and a string melody in the second and third sections."""
    loop = Loop(144, 4, 24, seed=400)
    chords = ["Dm", "Dm", "Bb", "C", "Dm", "Dm", "Bb", "A",
              "Gm", "Gm", "Dm", "Dm", "Bb", "C", "A", "A",
              "Dm", "Bb", "Gm", "A", "Dm", "Bb", "C", "A"]
    offsets = [0, 0, 12, 0, 0, 7, 0, 12, 0, 0, 12, 0, 7, 0, 12, 7]
    accents = {0, 3, 6, 8, 11, 14}
    for b, c in enumerate(chords):
        root = chord(c, 2)[0]
        if root < midi("C2"):
            root += 12
        third = chord(c, 2)[1] - chord(c, 2)[0]
        for i, o in enumerate(offsets):
            if o == 7 and i == 15:
                o = third + 12
            lvl = 1.0 if i in accents else 0.55
            loop.add(spiccato(hz(root + 12 + o), level=lvl), loop.bar(b, i * 0.25),
                     pan=-0.2, gain=0.22, verb=0.12)
        loop.add(bass(hz(root), 2 * loop.beat / SR), loop.bar(b), gain=0.3, verb=0.05)
        loop.add(bass(hz(root), 1.4 * loop.beat / SR), loop.bar(b, 2.5), gain=0.25, verb=0.05)
        # drums
        for pos in (0, 1.5, 2.5):
            loop.add(kick(), loop.bar(b, pos), gain=0.5, verb=0.05)
        for pos in (1, 3):
            loop.add(snare(seed=b * 2 + pos), loop.bar(b, pos), pan=0.1, gain=0.32, verb=0.2)
        for i in range(8):
            loop.add(hat(seed=b * 8 + i, level=1.0 if i % 2 else 0.6), loop.bar(b, i * 0.5),
                     pan=0.4, gain=0.1, verb=0.05)
        if b % 2 == 0:
            loop.add(taiko(seed=b), loop.bar(b), pan=-0.1, gain=0.45, verb=0.3)
        if b % 4 == 3:  # fill into the next phrase
            for i, f in enumerate((220, 196, 165, 147, 131, 110, 98, 87)):
                loop.add(tom(f, seed=b * 10 + i, level=0.6 + 0.05 * i), loop.bar(b, 2 + i * 0.25),
                         pan=0.5 - i * 0.12, gain=0.35, verb=0.25)
        if b % 8 == 0:
            loop.add(cymbal(seed=b), loop.bar(b), pan=0.3, gain=0.13, verb=0.3)
        # brass on the changes from the second section on
        if b >= 8 and (b == 8 or chords[b] != chords[b - 1] or b % 2 == 0):
            for m in voicing(c, 53, 69):
                loop.add(brass(hz(m), 1.3 * loop.beat / SR), loop.bar(b), pan=(m - 60) / 25, gain=0.09, verb=0.3)
                loop.add(brass(hz(m), 0.4 * loop.beat / SR), loop.bar(b, 2.5), pan=(m - 60) / 25,
                         gain=0.07, verb=0.3)
    tune = {
        8: "G4:1.5 Bb4:0.5 D5:2", 9: "C5:1 Bb4:1 A4:1 G4:1", 10: "F4:1.5 A4:0.5 D5:2",
        11: "E5:1 F5:1 E5:1 D5:1", 12: "F5:3 D5:1", 13: "E5:2 G5:2", 14: "A5:3 G5:0.5 E5:0.5",
        15: "E5:2 C#5:2", 16: "D5:1.5 F5:0.5 A5:2", 17: "Bb5:1.5 A5:0.5 F5:2",
        18: "G5:1 F5:1 E5:1 D5:1", 19: "E5:2 A4:2", 20: "D5:1.5 E5:0.5 F5:2", 21: "G5:1 F5:1 D5:2",
        22: "G5:1.5 E5:0.5 C5:2", 23: "C#5:2 E5:1 A5:1",
    }
    play_melody(loop, tune, lambda f, d: strings(f, d, attack=0.06, release=0.3, bright=6000),
                pan=0.15, gain=0.4, verb=0.35)
    play_melody(loop, tune, lambda f, d: strings(f / 2, d, attack=0.06, release=0.3, bright=3000),
                pan=-0.15, gain=0.2, verb=0.3)
    return loop.mix(room=1.8, room_level=0.3, low=10000, drive=1.6)


def track_sorrow():
    """Sorrow and the endings: A minor, 60 bpm. A slow piano with the pedal down, a faint
    string bed."""
    loop = Loop(60, 4, 12, seed=500)
    chords = ["Am", "F", "C", "G", "Am", "F", "Dm", "E", "F", "G", "Am", "E"]
    for b, c in enumerate(chords):
        notes = chord(c, 2)
        root = notes[0] if notes[0] >= midi("E2") else notes[0] + 12
        loop.add(piano(hz(root), 4.0, vel=0.6), loop.bar(b), pan=-0.3, gain=0.3, verb=0.45)
        loop.add(piano(hz(root + 12), 4.0, vel=0.45), loop.bar(b), pan=-0.25, gain=0.2, verb=0.45)
        upper = voicing(c, 57, 69)
        for i, pos in enumerate((1, 2, 3)):
            m = upper[(i + 1) % len(upper)] if i != 1 else upper[-1]
            loop.add(piano(hz(m), 3.0 - pos * 0.5, vel=0.42 + loop.rng.uniform(-0.04, 0.04)),
                     loop.bar(b, pos), pan=(m - 62) / 30, gain=0.22, verb=0.5, human=0.01)
        for m in voicing(c, 52, 67):
            loop.add(strings(hz(m), 4.0, attack=1.5, release=2.0, bright=1800), loop.bar(b),
                     pan=(m - 60) / 20, gain=0.035, verb=0.6)
    tune = {
        0: "E5:2 C5:1 B4:1", 1: "A4:3 C5:1", 2: "G4:2 E5:2", 3: "D5:3 r:1", 4: "E5:1.5 F5:0.5 E5:1 C5:1",
        5: "A5:3 G5:0.5 F5:0.5", 6: "F5:2 D5:1 E5:1", 7: "G#4:2 B4:2", 8: "C5:1 A4:1 F5:2",
        9: "D5:1 B4:1 G5:2", 10: "E5:1 C5:1 A4:2", 11: "B4:2 G#4:2",
    }
    play_melody(loop, tune, lambda f, d: piano(f, d + 0.6, vel=0.7), pan=0.1, gain=0.4, verb=0.5,
                echo=0.08, human=0.012)
    return loop.mix(room=3.4, room_level=0.5, echo_beats=1.0, echo_feedback=0.3, low=7000)


def track_night():
    """Night: E-flat major, 66 bpm. Quiet, slow pads, a few high bell notes, a little air."""
    loop = Loop(66, 4, 12, seed=600)
    chords = ["Ebmaj7", "Bb", "Gm7", "Fsus4", "Ebmaj7", "Bb", "Cm7", "Fsus4", "Gm", "Ebmaj7", "Bbsus2", "F"]
    bar_s = 4 * loop.beat / SR
    for b, c in enumerate(chords):
        for m in voicing(c, 55, 72):
            loop.add(strings(hz(m), bar_s, attack=1.8, release=2.5, bright=1500), loop.bar(b),
                     pan=(m - 63) / 15, gain=0.1, verb=0.6)
        root = chord(c, 2)[0]
        loop.add(strings(hz(root), bar_s, attack=1.5, release=2.0, bright=600), loop.bar(b), gain=0.16, verb=0.3)
        # a few high notes from the chord, at unhurried, seeded places
        tones = [m + 12 for m in voicing(c, 60, 72)] + [m + 24 for m in voicing(c, 60, 67)]
        count = 1 + int(loop.rng.random() < 0.6)
        for _ in range(count):
            pos = float(loop.rng.choice([0, 1, 1.5, 2, 2.5, 3]))
            m = int(loop.rng.choice(tones))
            loop.add(bell(hz(m), length=3.5), loop.bar(b, pos), pan=float(loop.rng.uniform(-0.6, 0.6)),
                     gain=0.09, verb=0.7, echo=0.35)
    loop.add_stereo(wind(loop, 0.02, 601, 800, 4000))
    # a quiet track: its peak sits 4 dB under the others so that its loudness does too
    return loop.mix(room=4.0, room_level=0.55, echo_beats=1.5, echo_feedback=0.45, low=6000, peak_db=-5.0)


def track_tension():
    """Tension: C minor, 100 bpm. A pulsing low synth in eighths whose filter breathes over the
    loop, a soft heartbeat, a ticking, and a high string pair that will not resolve."""
    loop = Loop(100, 4, 16, seed=700)
    roots = ["C2", "C2", "Ab1", "Ab1", "F1", "F1", "G1", "G1", "C2", "C2", "Db2", "Db2", "Ab1", "Ab1", "G1", "G1"]
    opening = 0.5 + 0.5 * (1 - np.cos(2 * np.pi * np.arange(16) / 16)) / 2
    for b, r in enumerate(roots):
        f = hz(r)
        for i in range(8):
            accent = 1.0 if i % 2 == 0 else 0.7
            loop.add(pulse_synth(f * (2 if i == 7 and b % 2 else 1), 0.24, level=accent,
                                 cutoff_scale=opening[b]), loop.bar(b, i * 0.5), gain=0.2, verb=0.1)
        loop.add(kick(pitch=42, length=0.4), loop.bar(b), gain=0.4, verb=0.1)
        loop.add(kick(pitch=40, length=0.4, level=0.6), loop.bar(b, 0.5), gain=0.35, verb=0.1)
        for i in range(4):
            loop.add(hat(seed=700 + b * 4 + i, length=0.05), loop.bar(b, i + 0.5), pan=0.5, gain=0.06, verb=0.3)
    high = ["G5", "Ab5", "G5", "F#5"]
    for q, note in enumerate(high):
        dur = 4 * 4 * loop.beat / SR
        loop.add(strings(hz(note), dur, attack=3.0, release=3.0, bright=8000), loop.bar(q * 4),
                 pan=0.3, gain=0.05, verb=0.7)
        loop.add(strings(hz(note) / 2 * 1.5 if q % 2 else hz(note) / 2, dur, attack=3.0, release=3.0,
                         bright=5000), loop.bar(q * 4), pan=-0.3, gain=0.035, verb=0.7)
    loop.add_stereo(np.stack([drone(loop, ["C1"], 0.06, bright=2)] * 2))
    return loop.mix(room=2.5, room_level=0.35, low=7000)


MUSIC = {
    "title": track_title,
    "republic_theme": track_republic,
    "front_theme": track_front,
    "battle": track_battle,
    "sorrow": track_sorrow,
    "night": track_night,
    "tension": track_tension,
}


# ---------------------------------------------------------------------------------------------
# Sound effects (mono)
# ---------------------------------------------------------------------------------------------

def rng_for(name):
    return np.random.default_rng(sum(ord(c) * (i + 1) for i, c in enumerate(name)))


def radio_band(x):
    """A small loudspeaker on a military link: 350 Hz to 3 kHz, a little crushed."""
    x = bandpass(x, 350, 3000, 2)
    return lowpass(np.tanh(2.5 * x / (np.max(np.abs(x)) + 1e-9)), 3800, 2)


def sfx_radio_open():
    """The Para-RAID link opening: a burst of squelch, two rising chirps, an open carrier hiss."""
    rng = rng_for("radio_open")
    n = int(0.55 * SR)
    t = seconds(n)
    squelch = rng.standard_normal(n) * np.exp(-t / 0.05) * (t < 0.12)
    beeps = np.zeros(n)
    for start, f in ((0.10, 1200), (0.20, 1600)):
        mask = (t >= start) & (t < start + 0.07)
        beeps[mask] = np.sin(2 * np.pi * f * (t[mask] - start)) * 0.6
    hiss = rng.standard_normal(n) * 0.08 * np.clip((t - 0.25) / 0.05, 0, 1) * np.exp(-np.maximum(t - 0.3, 0) / 0.12)
    return fade_edges(radio_band(squelch + beeps + hiss) * 0.9 + 0.05 * beeps, 0.001, 0.04)


def sfx_radio_close():
    """The link closing: a falling double beep and a cut of static, then silence."""
    rng = rng_for("radio_close")
    n = int(0.45 * SR)
    t = seconds(n)
    beeps = np.zeros(n)
    for start, f in ((0.0, 1600), (0.09, 1000)):
        mask = (t >= start) & (t < start + 0.07)
        beeps[mask] = np.sin(2 * np.pi * f * (t[mask] - start)) * 0.6
    tail = rng.standard_normal(n) * np.exp(-np.maximum(t - 0.18, 0) / 0.03) * (t >= 0.18) * 0.9
    click = np.zeros(n)
    click[int(0.18 * SR)] = 3.0
    return fade_edges(radio_band(beeps + tail + click), 0.001, 0.05)


def sfx_static():
    """Two seconds of a failing link: band-limited hiss, fluttering level, crackles and a
    carrier whine drifting in and out."""
    rng = rng_for("static")
    n = int(2.0 * SR)
    t = seconds(n)
    hiss = rng.standard_normal(n)
    wobble = lowpass(rng.standard_normal(n), 12, 2)
    flutter = 0.6 + 0.45 * wobble / np.std(wobble)
    crackle = np.zeros(n)
    for pos in rng.integers(0, n - 200, 140):
        crackle[pos:pos + 40] += rng.standard_normal(40) * rng.uniform(1, 4) * np.exp(-np.arange(40) / 8)
    whine = np.sin(2 * np.pi * (1900 + 250 * np.sin(2 * np.pi * 0.7 * t)) * t) * 0.15 * (0.5 + 0.5 * np.sin(2 * np.pi * 1.3 * t))
    x = radio_band(hiss * np.clip(flutter, 0.05, 1.5) + crackle + whine)
    return fade_edges(x, 0.02, 0.15)


def sfx_explosion():
    """A shell landing: sharp crack, a deep thump, a rolling boom that darkens, debris."""
    rng = rng_for("explosion")
    n = int(3.0 * SR)
    t = seconds(n)
    noise = rng.standard_normal(n)
    cutoff = 150 + 5000 * np.exp(-t / 0.08) + 600 * np.exp(-t / 0.6)
    boom = sweep_lowpass(noise, cutoff) * np.exp(-t / 0.7) * 2.5
    thump = np.sin(2 * np.pi * np.cumsum(38 + 70 * np.exp(-t / 0.06)) / SR) * np.exp(-t / 0.35) * 1.1
    crack = highpass(noise, 1500) * np.exp(-t / 0.01) * 0.8
    debris = np.zeros(n)
    for pos in rng.integers(int(0.3 * SR), int(2.2 * SR), 60):
        length = int(rng.uniform(0.005, 0.03) * SR)
        debris[pos:pos + length] += bandpass(rng.standard_normal(length), 1500, 6000) * rng.uniform(0.05, 0.25)
    debris *= np.exp(-t / 1.0)
    x = boom + thump + crack + debris
    x = np.tanh(1.5 * x) / np.tanh(1.5)
    return fade_edges(x, 0.0005, 0.4)


def sfx_cannon():
    """A Juggernaut's 57 mm gun: a hard transient, a short low body and a slap of echo."""
    rng = rng_for("cannon")
    n = int(1.6 * SR)
    t = seconds(n)
    noise = rng.standard_normal(n)
    blast = sweep_lowpass(noise, 200 + 9000 * np.exp(-t / 0.03)) * np.exp(-t / 0.18) * 2.0
    body = np.sin(2 * np.pi * np.cumsum(55 + 120 * np.exp(-t / 0.02)) / SR) * np.exp(-t / 0.2)
    mech = bandpass(noise, 2000, 7000) * np.exp(-np.maximum(t - 0.06, 0) / 0.01) * (t > 0.06) * 0.3
    x = blast + body + mech
    echo = np.zeros(n)
    d = int(0.33 * SR)
    echo[d:] = lowpass(x[:-d], 900) * 0.35
    y = np.tanh(1.8 * (x + echo)) / np.tanh(1.8)
    return fade_edges(y, 0.0003, 0.3)


def sfx_gunfire():
    """A burst from a heavy machine gun: eight shots, each a crack and a short thump."""
    rng = rng_for("gunfire")
    n = int(1.2 * SR)
    t = seconds(n)
    x = np.zeros(n)
    for i in range(8):
        start = int((0.02 + i * 0.085 + rng.uniform(-0.004, 0.004)) * SR)
        m = int(0.25 * SR)
        tt = seconds(m)
        shot = sweep_lowpass(rng.standard_normal(m), 300 + 7000 * np.exp(-tt / 0.01)) * np.exp(-tt / 0.05) * 1.6
        shot += np.sin(2 * np.pi * np.cumsum(80 + 150 * np.exp(-tt / 0.01)) / SR) * np.exp(-tt / 0.05) * 0.6
        end = min(n, start + m)
        x[start:end] += shot[: end - start] * rng.uniform(0.85, 1.0)
    tail = lowpass(rng.standard_normal(n), 700) * np.exp(-np.maximum(t - 0.7, 0) / 0.25) * 0.15
    return fade_edges(np.tanh(1.5 * (x + tail)), 0.0003, 0.2)


def sfx_alarm():
    """The base alarm: a two-tone klaxon, square-ish through a horn, three times."""
    n = int(2.6 * SR)
    t = seconds(n)
    period = 0.85
    phase_t = t % period
    f = np.where(phase_t < 0.4, 740.0, 587.0)
    ph = 2 * np.pi * np.cumsum(f) / SR
    tone = sum(np.sin(k * ph) / k for k in (1, 3, 5, 7, 9))
    gate = np.clip(np.minimum(phase_t / 0.01, (0.8 - phase_t) / 0.02), 0, 1)
    horn = bandpass(tone * gate, 500, 3500, 2)
    horn = resonator(horn, 1400, 2) * 0.5 + horn
    room = np.zeros(n)
    d = int(0.09 * SR)
    room[d:] = horn[:-d] * 0.3
    return fade_edges(lowpass(np.tanh(1.6 * (horn + room)), 5000, 2), 0.002, 0.1)


def sfx_door():
    """A heavy office door: handle and latch, a short swing, the thud of the frame."""
    rng = rng_for("door")
    n = int(1.1 * SR)
    t = seconds(n)
    x = np.zeros(n)

    def tick(at, f, decay, level):
        i = int(at * SR)
        m = n - i
        tt = seconds(m)
        burst = bandpass(rng.standard_normal(m), f * 0.6, min(f * 1.8, 16000)) * np.exp(-tt / decay)
        ring = np.sin(2 * np.pi * f * 1.3 * tt) * np.exp(-tt / (decay * 2))
        x[i:] += level * (burst + 0.3 * ring)

    tick(0.00, 2500, 0.006, 0.7)   # handle
    tick(0.09, 1800, 0.01, 0.9)    # latch
    swing = lowpass(rng.standard_normal(n), 500) * np.clip(np.sin(np.pi * (t - 0.15) / 0.45), 0, 1) * (t > 0.15) * (t < 0.6)
    x += 0.25 * swing
    i = int(0.62 * SR)
    tt = seconds(n - i)
    thud = np.sin(2 * np.pi * np.cumsum(70 + 60 * np.exp(-tt / 0.02)) / SR) * np.exp(-tt / 0.12)
    thud += lowpass(rng.standard_normal(n - i), 900) * np.exp(-tt / 0.03) * 0.8
    thud = resonator(thud, 180, 4) * 0.4 + thud
    x[i:] += 1.2 * thud
    tick(0.64, 2200, 0.008, 0.5)   # the latch catches
    return fade_edges(x, 0.0005, 0.15)


def sfx_glass():
    """Two glasses (or a cup and saucer) touching: a bright strike and inharmonic ringing."""
    rng = rng_for("glass")
    n = int(1.6 * SR)
    x = np.zeros(n)
    for at, base, level in ((0.0, 1870.0, 1.0), (0.012, 2230.0, 0.7)):
        i = int(at * SR)
        tt = seconds(n - i)
        ring = np.zeros(n - i)
        for r, a, tau in ((1.0, 1.0, 0.55), (2.32, 0.5, 0.35), (4.25, 0.3, 0.18), (6.63, 0.15, 0.09)):
            ring += a * np.sin(2 * np.pi * base * r * tt + rng.uniform(0, 6)) * np.exp(-tt / tau)
        ring *= 1 + 0.15 * np.sin(2 * np.pi * 4.5 * tt)  # slight wobble of a thin rim
        strike = highpass(rng.standard_normal(n - i), 5000) * np.exp(-tt / 0.002)
        x[i:] += level * (ring + 0.6 * strike)
    return fade_edges(x, 0.0003, 0.3)


def sfx_footsteps():
    """Four boot steps on concrete: heel, then sole, a little grit."""
    rng = rng_for("footsteps")
    n = int(2.2 * SR)
    x = np.zeros(n)
    for k in range(4):
        at = 0.1 + k * 0.52 + rng.uniform(-0.02, 0.02)
        level = (0.8 if k % 2 else 1.0) * rng.uniform(0.9, 1.0)
        for part, delay, cut, decay, g in (("heel", 0.0, 1200, 0.025, 1.0), ("sole", 0.045, 2500, 0.035, 0.6)):
            i = int((at + delay) * SR)
            m = int(0.25 * SR)
            tt = seconds(m)
            hit = lowpass(rng.standard_normal(m), cut) * np.exp(-tt / decay)
            hit += np.sin(2 * np.pi * 95 * tt) * np.exp(-tt / 0.03) * 0.5 * (part == "heel")
            grit = bandpass(rng.standard_normal(m), 3000, 8000) * np.exp(-tt / 0.05) * 0.12
            x[i:i + m] += level * g * (hit + grit)
    x = resonator(x, 240, 2) * 0.3 + x
    return fade_edges(x, 0.0005, 0.1)


def sfx_legion_wail():
    """The Legion: a mechanical wail. A voice-like FM tone that slides and bends, ring-modulated
    by a servo whine, under a grinding of metal, with a ghost of a second voice beating against it."""
    rng = rng_for("legion_wail")
    n = int(3.0 * SR)
    t = seconds(n)
    contour = 300 + 120 * np.sin(np.pi * t / 3.0) ** 2 + 25 * np.sin(2 * np.pi * 0.9 * t) - 60 * (t / 3.0) ** 2
    ph = 2 * np.pi * np.cumsum(contour) / SR
    ph2 = 2 * np.pi * np.cumsum(contour * 1.059) / SR
    index = 2.0 + 1.5 * np.sin(2 * np.pi * 0.6 * t)
    voice = np.sin(ph + index * np.sin(ph * 1.5)) + 0.5 * np.sin(ph2 + index * np.sin(ph2 * 1.5))
    servo = np.sin(2 * np.pi * np.cumsum(1800 + 600 * np.sin(2 * np.pi * 0.4 * t)) / SR)
    ring = voice * (0.6 + 0.4 * servo)
    grind = bandpass(rng.standard_normal(n), 150, 900) * (0.5 + 0.5 * np.tanh(3 * np.sin(2 * np.pi * 23 * t))) * 0.4
    formant = resonator(ring, 900, 3) + resonator(ring, 2400, 5) * 0.6
    x = 0.6 * formant / np.max(np.abs(formant)) + grind / np.max(np.abs(grind)) * 0.25
    env = np.clip(t / 0.35, 0, 1) * np.clip((3.0 - t) / 0.8, 0, 1)
    x *= env
    echo = np.zeros(n)
    d = int(0.23 * SR)
    echo[d:] = lowpass(x[:-d], 2000) * 0.4
    return fade_edges(x + echo, 0.01, 0.2)


def sfx_click():
    """The interface click: a tiny, dry, woody tick."""
    n = int(0.08 * SR)
    t = seconds(n)
    x = np.sin(2 * np.pi * 2100 * t) * np.exp(-t / 0.006) + 0.5 * np.sin(2 * np.pi * 3400 * t) * np.exp(-t / 0.003)
    x += highpass(rng_for("click").standard_normal(n), 4000) * np.exp(-t / 0.0015) * 0.4
    return fade_edges(x, 0.0002, 0.02)


def sfx_page():
    """A page turning: a rising then falling swish of paper with a few crinkles."""
    rng = rng_for("page")
    n = int(0.55 * SR)
    t = seconds(n)
    shape = np.sin(np.pi * np.clip(t / 0.45, 0, 1)) ** 1.5
    cut = 1500 + 4500 * shape
    swish = sweep_lowpass(highpass(rng.standard_normal(n), 600), cut) * shape
    crinkle = np.zeros(n)
    for pos in rng.integers(int(0.05 * SR), int(0.4 * SR), 18):
        m = int(rng.uniform(0.002, 0.008) * SR)
        crinkle[pos:pos + m] += highpass(rng.standard_normal(m), 3000) * rng.uniform(0.2, 0.6)
    return fade_edges(lowpass(swish + 0.5 * crinkle, 7000, 2), 0.005, 0.08)


SOUNDS = {
    "radio_open": sfx_radio_open,
    "radio_close": sfx_radio_close,
    "static": sfx_static,
    "explosion": sfx_explosion,
    "cannon": sfx_cannon,
    "gunfire": sfx_gunfire,
    "alarm": sfx_alarm,
    "door": sfx_door,
    "glass": sfx_glass,
    "footsteps": sfx_footsteps,
    "legion_wail": sfx_legion_wail,
    "click": sfx_click,
    "page": sfx_page,
}

# Peak level of each effect relative to full scale, so they sit together (dBFS).
SOUND_LEVELS = {"alarm": -6.0, "click": -8.0, "page": -6.0, "footsteps": -4.0, "static": -4.0, "glass": -5.0,
                "door": -2.0}


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------

def ogg_crc(data):
    table = OGG_CRC_TABLE
    crc = 0
    for byte in data:
        crc = ((crc << 8) & 0xFFFFFFFF) ^ table[((crc >> 24) & 0xFF) ^ byte]
    return crc


def _crc_table():
    table = []
    for i in range(256):
        r = i << 24
        for _ in range(8):
            r = ((r << 1) ^ 0x04C11DB7) if r & 0x80000000 else (r << 1)
        table.append(r & 0xFFFFFFFF)
    return table


OGG_CRC_TABLE = _crc_table()


def fix_ogg_serial(path, serial=0x86):
    """libsndfile gives each Ogg stream a random serial number; set a fixed one and redo the
    page checksums, so that regenerating gives the same bytes."""
    data = bytearray(path.read_bytes())
    pos = 0
    while pos < len(data):
        assert data[pos:pos + 4] == b"OggS", "not an Ogg page"
        segments = data[pos + 26]
        size = 27 + segments + sum(data[pos + 27:pos + 27 + segments])
        data[pos + 14:pos + 18] = serial.to_bytes(4, "little")
        data[pos + 22:pos + 26] = b"\0\0\0\0"
        data[pos + 22:pos + 26] = ogg_crc(bytes(data[pos:pos + size])).to_bytes(4, "little")
        pos += size
    path.write_bytes(bytes(data))


def ogg_packets(data):
    """(packet bytes, page granule position, last in page, last in stream) for each packet."""
    pos, partial = 0, b""
    while pos < len(data):
        flags = data[pos + 5]
        granule = int.from_bytes(data[pos + 6:pos + 14], "little", signed=True)
        segments = data[pos + 27:pos + 27 + data[pos + 26]]
        body = pos + 27 + len(segments)
        done = []
        for size in segments:
            partial += data[body:body + size]
            body += size
            if size < 255:
                done.append(partial)
                partial = b""
        for i, packet in enumerate(done):
            last = i == len(done) - 1
            yield packet, granule, last, last and bool(flags & 4)
        pos = body


def lewton_frames(data):
    """How many frames lewton 0.9 (the player's Vorbis decoder, through audrey and quad-snd)
    decodes from this file. Unlike libvorbis it can come out a little long: it emits the flat
    part of a long block's right half early when a short block follows (so its running count
    drifts from the page granules), and it trims only the very last packet to the final granule.
    A loop that decodes long has a short stutter at its seam, so write_music checks this."""
    packets = ogg_packets(data)
    ident = next(packets)[0]
    next(packets)
    next(packets)
    short, long_ = 1 << (ident[28] & 15), 1 << (ident[28] >> 4)
    rows, prev = [], None
    for packet, granule, last_in_page, last_in_stream in packets:
        size = long_ if packet[0] >> 1 & 1 else short  # two modes: 0 short, 1 long
        rows.append([0 if prev is None else prev // 4 + size // 4, size, granule, last_in_page, last_in_stream])
        prev = size
    for a, b in zip(rows, rows[1:]):
        if a[1] == long_ and b[1] == short and a[0]:
            a[0] += long_ // 4 - short // 4
            b[0] -= long_ // 4 - short // 4
    absgp, total = None, 0
    for n, _, granule, last_in_page, last_in_stream in rows:
        if absgp is not None and last_in_stream:
            n = min(n, max(0, granule - absgp))
        if last_in_page:
            absgp = granule
        elif absgp is not None:
            absgp += n
        total += n
    return total


def write_music(name, stereo):
    path = ASSETS / "music" / f"{name}.ogg"
    path.parent.mkdir(parents=True, exist_ok=True)
    frames = stereo.T.astype(np.float32)
    # The encoder's block choices decide whether lewton decodes the exact length; if it would
    # not, try the next quality setting (deterministically) until it does.
    for level in (0.55, 0.5, 0.6, 0.45, 0.65, 0.4, 0.7, 0.35):
        # libsndfile's Vorbis encoder can crash on one huge write: feed it in blocks
        with sf.SoundFile(path, "w", SR, 2, format="OGG", subtype="VORBIS", compression_level=level) as out:
            for i in range(0, len(frames), 8192):
                out.write(frames[i:i + 8192])
        fix_ogg_serial(path)
        if lewton_frames(path.read_bytes()) == len(frames):
            return path
        print(f"  {name}: compression level {level} would decode long in the player; trying another")
    sys.exit(f"{path}: no encoding decodes to the exact loop length")


def write_sound(name, mono):
    path = ASSETS / "sound" / f"{name}.wav"
    path.parent.mkdir(parents=True, exist_ok=True)
    level = 10 ** (SOUND_LEVELS.get(name, -1.0) / 20)
    mono = fade_edges(mono - np.mean(mono), 0.0005, 0.01)  # no DC, and silent at both ends
    mono = mono * (level / np.max(np.abs(mono)))
    sf.write(path, mono, SR, subtype="PCM_16")
    return path


def main(names):
    unknown = set(names) - set(MUSIC) - set(SOUNDS)
    if unknown:
        sys.exit(f"unknown: {', '.join(sorted(unknown))}; known: {', '.join(list(MUSIC) + list(SOUNDS))}")
    for name, make in MUSIC.items():
        if not names or name in names:
            path = write_music(name, make())
            print(f"{path.relative_to(ASSETS)}  {sf.info(path).duration:.2f} s")
    for name, make in SOUNDS.items():
        if not names or name in names:
            path = write_sound(name, make())
            print(f"{path.relative_to(ASSETS)}  {sf.info(path).duration:.2f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
