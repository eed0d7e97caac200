# Astral characters whose UTF-16 low surrogate lies in U+DC80..U+DCFF, the range that also stands
# for undecodable bytes: they are ordinary characters in strings, f-strings, comments and names.
page = "📄 📋 🗒"  # 📄
label = f"{page!r:>10} 📄"
𝒜 = len(page)
data = b"\xf0\x9f\x93\x84".decode()
