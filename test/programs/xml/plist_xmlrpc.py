# plistlib (XML plists, parsed with pyexpat's ParseFile) and xmlrpc.client's marshalling
# (loads/dumps, its expat-based Unmarshaller), round trips and errors.
import datetime
import plistlib
import xmlrpc.client

value = {
    "name": "dislab",
    "version": 3,
    "ratio": 0.25,
    "big": 2 ** 40,
    "neg": -17,
    "flag": True,
    "off": False,
    "blob": b"\x00\x01binary\xff",
    "when": datetime.datetime(2024, 2, 29, 13, 45, 7),
    "items": ["a", 1, [2, 3], {"nested": "dict"}],
    "text": "<escaped> & \"quoted\" \u00e9\u4e2d",
    "empty": {},
    "emptylist": [],
}
data = plistlib.dumps(value)
print(data.decode())
back = plistlib.loads(data)
print(back == value, sorted(back))
print(plistlib.loads(plistlib.dumps(value, sort_keys=False)) == value)
print(plistlib.loads(plistlib.dumps([1, "x"], fmt=plistlib.FMT_XML)))
print(plistlib.loads(b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict><key>A</key><string>b</string><key>N</key><real>1.5</real>
<key>D</key><date>2001-01-01T00:00:00Z</date><key>I</key><integer>0x10</integer></dict></plist>"""))

big = {"k%04d" % i: "v" * (i % 50) for i in range(400)}
print(plistlib.loads(plistlib.dumps(big)) == big, len(plistlib.dumps(big)))

for bad in [b"<plist><dict><key>a</key></plist>", b"<plist><integer>x</integer></plist>", b"<?xml version='1.0'?><plist><array></plist>"]:
    try:
        plistlib.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)

req = xmlrpc.client.dumps((1, "two", [3.5, True], {"k": None}, b"bytes"), "method.name", allow_none=True)
print(req)
print(xmlrpc.client.loads(req, use_builtin_types=True))
resp = xmlrpc.client.dumps(({"ok": 1, "list": [1, 2]},), methodresponse=True)
print(xmlrpc.client.loads(resp))
fault = xmlrpc.client.dumps(xmlrpc.client.Fault(4, "Too many parameters."))
try:
    xmlrpc.client.loads(fault)
except xmlrpc.client.Fault as f:
    print("Fault", f.faultCode, f.faultString)
try:
    xmlrpc.client.loads("<methodResponse><params><param><value><int>1</int></value>")
except Exception as e:
    print(type(e).__name__, e)
