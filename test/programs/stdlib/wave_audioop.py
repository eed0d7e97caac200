# wave (which imports audioop) writing and reading WAV files in memory and on the in-memory /tmp,
# with audioop turning the frames around: stereo to mono, 16 to 8 bits, resampling.
import audioop
import io
import wave

tone = b"".join(int(8000 * ((i % 20) - 10) / 10).to_bytes(2, "little", signed=True) for i in range(200))
stereo = audioop.tostereo(tone, 2, 1.0, 0.5)

buf = io.BytesIO()
with wave.open(buf, "wb") as w:
    w.setnchannels(2)
    w.setsampwidth(2)
    w.setframerate(8000)
    w.writeframes(stereo)
data = buf.getvalue()
print(len(data), data[:4], data[8:16], data[36:44])

with wave.open(io.BytesIO(data)) as r:
    print(r.getparams())
    frames = r.readframes(r.getnframes())
print(frames == stereo)
mono = audioop.tomono(frames, 2, 0.5, 0.5)
print(audioop.rms(mono, 2), audioop.max(mono, 2), audioop.minmax(mono, 2), audioop.cross(mono, 2))
eight = audioop.bias(audioop.lin2lin(mono, 2, 1), 1, 128)
converted, state = audioop.ratecv(mono, 2, 1, 8000, 11025, None)
print(len(eight), eight[:10], len(converted), state)

with wave.open("/tmp/out.wav", "wb") as w:
    w.setparams((1, 1, 8000, 0, "NONE", "not compressed"))
    w.writeframes(eight)
with wave.open("/tmp/out.wav", "rb") as r:
    print(r.getnchannels(), r.getsampwidth(), r.getframerate(), r.getnframes(), r.getcomptype(), r.getcompname())
    r.setpos(50)
    print(r.tell(), r.readframes(5))
try:
    wave.open(io.BytesIO(b"RIFF\x00\x00\x00\x00WAVEjunk"))
except (wave.Error, EOFError) as e:
    print(type(e).__name__, e)
