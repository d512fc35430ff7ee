# Generated once: every outer form around every parenthesised inner form
# (lines python3.11 rejects left out); expectations come from python3.11.
m0: (a + b) + y
m1: x + (a + b)
m2: (a - b) + y
m3: x + (a - b)
m4: (a * b) + y
m5: x + (a * b)
m6: (a ** b) + y
m7: x + (a ** b)
m8: (a << b) + y
m9: x + (a << b)
m10: (a | b) + y
m11: x + (a | b)
m12: (a ^ b) + y
m13: x + (a ^ b)
m14: (a & b) + y
m15: x + (a & b)
m16: (a < b) + y
m17: x + (a < b)
m18: (a and b) + y
m19: x + (a and b)
m20: (a or b) + y
m21: x + (a or b)
m22: (not a) + y
m23: x + (not a)
m24: (-a) + y
m25: x + (-a)
m26: (+a) + y
m27: x + (+a)
m28: (~a) + y
m29: x + (~a)
m30: (a if b else c) + y
m31: x + (a if b else c)
m32: (lambda: a) + y
m33: x + (lambda: a)
m34: lambda: (await a) + y
m35: lambda: x + (await a)
m36: lambda: ((yield)) + y
m37: lambda: x + ((yield))
m38: lambda: ((yield a)) + y
m39: lambda: x + ((yield a))
m40: lambda: ((yield from a)) + y
m41: lambda: x + ((yield from a))
m42: lambda: (a := b) + y
m43: lambda: x + (a := b)
m44: (a.b) + y
m45: x + (a.b)
m46: (a[b]) + y
m47: x + (a[b])
m48: (a()) + y
m49: x + (a())
m50: ((a, b)) + y
m51: x + ((a, b))
m52: (()) + y
m53: x + (())
m54: ((a,)) + y
m55: x + ((a,))
m56: ([a]) + y
m57: x + ([a])
m58: ({a}) + y
m59: x + ({a})
m60: ({a: b}) + y
m61: x + ({a: b})
m62: (1) + y
m63: x + (1)
m64: (1.5) + y
m65: x + (1.5)
m66: (-1) + y
m67: x + (-1)
m68: ('s') + y
m69: x + ('s')
m70: (...) + y
m71: x + (...)
m72: (None) + y
m73: x + (None)
m74: (a < b < c) + y
m75: x + (a < b < c)
m76: (a == b) + y
m77: x + (a == b)
m78: (a + b) - y
m79: x - (a + b)
m80: (a - b) - y
m81: x - (a - b)
m82: (a * b) - y
m83: x - (a * b)
m84: (a ** b) - y
m85: x - (a ** b)
m86: (a << b) - y
m87: x - (a << b)
m88: (a | b) - y
m89: x - (a | b)
m90: (a ^ b) - y
m91: x - (a ^ b)
m92: (a & b) - y
m93: x - (a & b)
m94: (a < b) - y
m95: x - (a < b)
m96: (a and b) - y
m97: x - (a and b)
m98: (a or b) - y
m99: x - (a or b)
m100: (not a) - y
m101: x - (not a)
m102: (-a) - y
m103: x - (-a)
m104: (+a) - y
m105: x - (+a)
m106: (~a) - y
m107: x - (~a)
m108: (a if b else c) - y
m109: x - (a if b else c)
m110: (lambda: a) - y
m111: x - (lambda: a)
m112: lambda: (await a) - y
m113: lambda: x - (await a)
m114: lambda: ((yield)) - y
m115: lambda: x - ((yield))
m116: lambda: ((yield a)) - y
m117: lambda: x - ((yield a))
m118: lambda: ((yield from a)) - y
m119: lambda: x - ((yield from a))
m120: lambda: (a := b) - y
m121: lambda: x - (a := b)
m122: (a.b) - y
m123: x - (a.b)
m124: (a[b]) - y
m125: x - (a[b])
m126: (a()) - y
m127: x - (a())
m128: ((a, b)) - y
m129: x - ((a, b))
m130: (()) - y
m131: x - (())
m132: ((a,)) - y
m133: x - ((a,))
m134: ([a]) - y
m135: x - ([a])
m136: ({a}) - y
m137: x - ({a})
m138: ({a: b}) - y
m139: x - ({a: b})
m140: (1) - y
m141: x - (1)
m142: (1.5) - y
m143: x - (1.5)
m144: (-1) - y
m145: x - (-1)
m146: ('s') - y
m147: x - ('s')
m148: (...) - y
m149: x - (...)
m150: (None) - y
m151: x - (None)
m152: (a < b < c) - y
m153: x - (a < b < c)
m154: (a == b) - y
m155: x - (a == b)
m156: (a + b) * y
m157: x * (a + b)
m158: (a - b) * y
m159: x * (a - b)
m160: (a * b) * y
m161: x * (a * b)
m162: (a ** b) * y
m163: x * (a ** b)
m164: (a << b) * y
m165: x * (a << b)
m166: (a | b) * y
m167: x * (a | b)
m168: (a ^ b) * y
m169: x * (a ^ b)
m170: (a & b) * y
m171: x * (a & b)
m172: (a < b) * y
m173: x * (a < b)
m174: (a and b) * y
m175: x * (a and b)
m176: (a or b) * y
m177: x * (a or b)
m178: (not a) * y
m179: x * (not a)
m180: (-a) * y
m181: x * (-a)
m182: (+a) * y
m183: x * (+a)
m184: (~a) * y
m185: x * (~a)
m186: (a if b else c) * y
m187: x * (a if b else c)
m188: (lambda: a) * y
m189: x * (lambda: a)
m190: lambda: (await a) * y
m191: lambda: x * (await a)
m192: lambda: ((yield)) * y
m193: lambda: x * ((yield))
m194: lambda: ((yield a)) * y
m195: lambda: x * ((yield a))
m196: lambda: ((yield from a)) * y
m197: lambda: x * ((yield from a))
m198: lambda: (a := b) * y
m199: lambda: x * (a := b)
m200: (a.b) * y
m201: x * (a.b)
m202: (a[b]) * y
m203: x * (a[b])
m204: (a()) * y
m205: x * (a())
m206: ((a, b)) * y
m207: x * ((a, b))
m208: (()) * y
m209: x * (())
m210: ((a,)) * y
m211: x * ((a,))
m212: ([a]) * y
m213: x * ([a])
m214: ({a}) * y
m215: x * ({a})
m216: ({a: b}) * y
m217: x * ({a: b})
m218: (1) * y
m219: x * (1)
m220: (1.5) * y
m221: x * (1.5)
m222: (-1) * y
m223: x * (-1)
m224: ('s') * y
m225: x * ('s')
m226: (...) * y
m227: x * (...)
m228: (None) * y
m229: x * (None)
m230: (a < b < c) * y
m231: x * (a < b < c)
m232: (a == b) * y
m233: x * (a == b)
m234: (a + b) @ y
m235: x @ (a + b)
m236: (a - b) @ y
m237: x @ (a - b)
m238: (a * b) @ y
m239: x @ (a * b)
m240: (a ** b) @ y
m241: x @ (a ** b)
m242: (a << b) @ y
m243: x @ (a << b)
m244: (a | b) @ y
m245: x @ (a | b)
m246: (a ^ b) @ y
m247: x @ (a ^ b)
m248: (a & b) @ y
m249: x @ (a & b)
m250: (a < b) @ y
m251: x @ (a < b)
m252: (a and b) @ y
m253: x @ (a and b)
m254: (a or b) @ y
m255: x @ (a or b)
m256: (not a) @ y
m257: x @ (not a)
m258: (-a) @ y
m259: x @ (-a)
m260: (+a) @ y
m261: x @ (+a)
m262: (~a) @ y
m263: x @ (~a)
m264: (a if b else c) @ y
m265: x @ (a if b else c)
m266: (lambda: a) @ y
m267: x @ (lambda: a)
m268: lambda: (await a) @ y
m269: lambda: x @ (await a)
m270: lambda: ((yield)) @ y
m271: lambda: x @ ((yield))
m272: lambda: ((yield a)) @ y
m273: lambda: x @ ((yield a))
m274: lambda: ((yield from a)) @ y
m275: lambda: x @ ((yield from a))
m276: lambda: (a := b) @ y
m277: lambda: x @ (a := b)
m278: (a.b) @ y
m279: x @ (a.b)
m280: (a[b]) @ y
m281: x @ (a[b])
m282: (a()) @ y
m283: x @ (a())
m284: ((a, b)) @ y
m285: x @ ((a, b))
m286: (()) @ y
m287: x @ (())
m288: ((a,)) @ y
m289: x @ ((a,))
m290: ([a]) @ y
m291: x @ ([a])
m292: ({a}) @ y
m293: x @ ({a})
m294: ({a: b}) @ y
m295: x @ ({a: b})
m296: (1) @ y
m297: x @ (1)
m298: (1.5) @ y
m299: x @ (1.5)
m300: (-1) @ y
m301: x @ (-1)
m302: ('s') @ y
m303: x @ ('s')
m304: (...) @ y
m305: x @ (...)
m306: (None) @ y
m307: x @ (None)
m308: (a < b < c) @ y
m309: x @ (a < b < c)
m310: (a == b) @ y
m311: x @ (a == b)
m312: (a + b) / y
m313: x / (a + b)
m314: (a - b) / y
m315: x / (a - b)
m316: (a * b) / y
m317: x / (a * b)
m318: (a ** b) / y
m319: x / (a ** b)
m320: (a << b) / y
m321: x / (a << b)
m322: (a | b) / y
m323: x / (a | b)
m324: (a ^ b) / y
m325: x / (a ^ b)
m326: (a & b) / y
m327: x / (a & b)
m328: (a < b) / y
m329: x / (a < b)
m330: (a and b) / y
m331: x / (a and b)
m332: (a or b) / y
m333: x / (a or b)
m334: (not a) / y
m335: x / (not a)
m336: (-a) / y
m337: x / (-a)
m338: (+a) / y
m339: x / (+a)
m340: (~a) / y
m341: x / (~a)
m342: (a if b else c) / y
m343: x / (a if b else c)
m344: (lambda: a) / y
m345: x / (lambda: a)
m346: lambda: (await a) / y
m347: lambda: x / (await a)
m348: lambda: ((yield)) / y
m349: lambda: x / ((yield))
m350: lambda: ((yield a)) / y
m351: lambda: x / ((yield a))
m352: lambda: ((yield from a)) / y
m353: lambda: x / ((yield from a))
m354: lambda: (a := b) / y
m355: lambda: x / (a := b)
m356: (a.b) / y
m357: x / (a.b)
m358: (a[b]) / y
m359: x / (a[b])
m360: (a()) / y
m361: x / (a())
m362: ((a, b)) / y
m363: x / ((a, b))
m364: (()) / y
m365: x / (())
m366: ((a,)) / y
m367: x / ((a,))
m368: ([a]) / y
m369: x / ([a])
m370: ({a}) / y
m371: x / ({a})
m372: ({a: b}) / y
m373: x / ({a: b})
m374: (1) / y
m375: x / (1)
m376: (1.5) / y
m377: x / (1.5)
m378: (-1) / y
m379: x / (-1)
m380: ('s') / y
m381: x / ('s')
m382: (...) / y
m383: x / (...)
m384: (None) / y
m385: x / (None)
m386: (a < b < c) / y
m387: x / (a < b < c)
m388: (a == b) / y
m389: x / (a == b)
m390: (a + b) // y
m391: x // (a + b)
m392: (a - b) // y
m393: x // (a - b)
m394: (a * b) // y
m395: x // (a * b)
m396: (a ** b) // y
m397: x // (a ** b)
m398: (a << b) // y
m399: x // (a << b)
m400: (a | b) // y
m401: x // (a | b)
m402: (a ^ b) // y
m403: x // (a ^ b)
m404: (a & b) // y
m405: x // (a & b)
m406: (a < b) // y
m407: x // (a < b)
m408: (a and b) // y
m409: x // (a and b)
m410: (a or b) // y
m411: x // (a or b)
m412: (not a) // y
m413: x // (not a)
m414: (-a) // y
m415: x // (-a)
m416: (+a) // y
m417: x // (+a)
m418: (~a) // y
m419: x // (~a)
m420: (a if b else c) // y
m421: x // (a if b else c)
m422: (lambda: a) // y
m423: x // (lambda: a)
m424: lambda: (await a) // y
m425: lambda: x // (await a)
m426: lambda: ((yield)) // y
m427: lambda: x // ((yield))
m428: lambda: ((yield a)) // y
m429: lambda: x // ((yield a))
m430: lambda: ((yield from a)) // y
m431: lambda: x // ((yield from a))
m432: lambda: (a := b) // y
m433: lambda: x // (a := b)
m434: (a.b) // y
m435: x // (a.b)
m436: (a[b]) // y
m437: x // (a[b])
m438: (a()) // y
m439: x // (a())
m440: ((a, b)) // y
m441: x // ((a, b))
m442: (()) // y
m443: x // (())
m444: ((a,)) // y
m445: x // ((a,))
m446: ([a]) // y
m447: x // ([a])
m448: ({a}) // y
m449: x // ({a})
m450: ({a: b}) // y
m451: x // ({a: b})
m452: (1) // y
m453: x // (1)
m454: (1.5) // y
m455: x // (1.5)
m456: (-1) // y
m457: x // (-1)
m458: ('s') // y
m459: x // ('s')
m460: (...) // y
m461: x // (...)
m462: (None) // y
m463: x // (None)
m464: (a < b < c) // y
m465: x // (a < b < c)
m466: (a == b) // y
m467: x // (a == b)
m468: (a + b) % y
m469: x % (a + b)
m470: (a - b) % y
m471: x % (a - b)
m472: (a * b) % y
m473: x % (a * b)
m474: (a ** b) % y
m475: x % (a ** b)
m476: (a << b) % y
m477: x % (a << b)
m478: (a | b) % y
m479: x % (a | b)
m480: (a ^ b) % y
m481: x % (a ^ b)
m482: (a & b) % y
m483: x % (a & b)
m484: (a < b) % y
m485: x % (a < b)
m486: (a and b) % y
m487: x % (a and b)
m488: (a or b) % y
m489: x % (a or b)
m490: (not a) % y
m491: x % (not a)
m492: (-a) % y
m493: x % (-a)
m494: (+a) % y
m495: x % (+a)
m496: (~a) % y
m497: x % (~a)
m498: (a if b else c) % y
m499: x % (a if b else c)
m500: (lambda: a) % y
m501: x % (lambda: a)
m502: lambda: (await a) % y
m503: lambda: x % (await a)
m504: lambda: ((yield)) % y
m505: lambda: x % ((yield))
m506: lambda: ((yield a)) % y
m507: lambda: x % ((yield a))
m508: lambda: ((yield from a)) % y
m509: lambda: x % ((yield from a))
m510: lambda: (a := b) % y
m511: lambda: x % (a := b)
m512: (a.b) % y
m513: x % (a.b)
m514: (a[b]) % y
m515: x % (a[b])
m516: (a()) % y
m517: x % (a())
m518: ((a, b)) % y
m519: x % ((a, b))
m520: (()) % y
m521: x % (())
m522: ((a,)) % y
m523: x % ((a,))
m524: ([a]) % y
m525: x % ([a])
m526: ({a}) % y
m527: x % ({a})
m528: ({a: b}) % y
m529: x % ({a: b})
m530: (1) % y
m531: x % (1)
m532: (1.5) % y
m533: x % (1.5)
m534: (-1) % y
m535: x % (-1)
m536: ('s') % y
m537: x % ('s')
m538: (...) % y
m539: x % (...)
m540: (None) % y
m541: x % (None)
m542: (a < b < c) % y
m543: x % (a < b < c)
m544: (a == b) % y
m545: x % (a == b)
m546: (a + b) ** y
m547: x ** (a + b)
m548: (a - b) ** y
m549: x ** (a - b)
m550: (a * b) ** y
m551: x ** (a * b)
m552: (a ** b) ** y
m553: x ** (a ** b)
m554: (a << b) ** y
m555: x ** (a << b)
m556: (a | b) ** y
m557: x ** (a | b)
m558: (a ^ b) ** y
m559: x ** (a ^ b)
m560: (a & b) ** y
m561: x ** (a & b)
m562: (a < b) ** y
m563: x ** (a < b)
m564: (a and b) ** y
m565: x ** (a and b)
m566: (a or b) ** y
m567: x ** (a or b)
m568: (not a) ** y
m569: x ** (not a)
m570: (-a) ** y
m571: x ** (-a)
m572: (+a) ** y
m573: x ** (+a)
m574: (~a) ** y
m575: x ** (~a)
m576: (a if b else c) ** y
m577: x ** (a if b else c)
m578: (lambda: a) ** y
m579: x ** (lambda: a)
m580: lambda: (await a) ** y
m581: lambda: x ** (await a)
m582: lambda: ((yield)) ** y
m583: lambda: x ** ((yield))
m584: lambda: ((yield a)) ** y
m585: lambda: x ** ((yield a))
m586: lambda: ((yield from a)) ** y
m587: lambda: x ** ((yield from a))
m588: lambda: (a := b) ** y
m589: lambda: x ** (a := b)
m590: (a.b) ** y
m591: x ** (a.b)
m592: (a[b]) ** y
m593: x ** (a[b])
m594: (a()) ** y
m595: x ** (a())
m596: ((a, b)) ** y
m597: x ** ((a, b))
m598: (()) ** y
m599: x ** (())
m600: ((a,)) ** y
m601: x ** ((a,))
m602: ([a]) ** y
m603: x ** ([a])
m604: ({a}) ** y
m605: x ** ({a})
m606: ({a: b}) ** y
m607: x ** ({a: b})
m608: (1) ** y
m609: x ** (1)
m610: (1.5) ** y
m611: x ** (1.5)
m612: (-1) ** y
m613: x ** (-1)
m614: ('s') ** y
m615: x ** ('s')
m616: (...) ** y
m617: x ** (...)
m618: (None) ** y
m619: x ** (None)
m620: (a < b < c) ** y
m621: x ** (a < b < c)
m622: (a == b) ** y
m623: x ** (a == b)
m624: (a + b) << y
m625: x << (a + b)
m626: (a - b) << y
m627: x << (a - b)
m628: (a * b) << y
m629: x << (a * b)
m630: (a ** b) << y
m631: x << (a ** b)
m632: (a << b) << y
m633: x << (a << b)
m634: (a | b) << y
m635: x << (a | b)
m636: (a ^ b) << y
m637: x << (a ^ b)
m638: (a & b) << y
m639: x << (a & b)
m640: (a < b) << y
m641: x << (a < b)
m642: (a and b) << y
m643: x << (a and b)
m644: (a or b) << y
m645: x << (a or b)
m646: (not a) << y
m647: x << (not a)
m648: (-a) << y
m649: x << (-a)
m650: (+a) << y
m651: x << (+a)
m652: (~a) << y
m653: x << (~a)
m654: (a if b else c) << y
m655: x << (a if b else c)
m656: (lambda: a) << y
m657: x << (lambda: a)
m658: lambda: (await a) << y
m659: lambda: x << (await a)
m660: lambda: ((yield)) << y
m661: lambda: x << ((yield))
m662: lambda: ((yield a)) << y
m663: lambda: x << ((yield a))
m664: lambda: ((yield from a)) << y
m665: lambda: x << ((yield from a))
m666: lambda: (a := b) << y
m667: lambda: x << (a := b)
m668: (a.b) << y
m669: x << (a.b)
m670: (a[b]) << y
m671: x << (a[b])
m672: (a()) << y
m673: x << (a())
m674: ((a, b)) << y
m675: x << ((a, b))
m676: (()) << y
m677: x << (())
m678: ((a,)) << y
m679: x << ((a,))
m680: ([a]) << y
m681: x << ([a])
m682: ({a}) << y
m683: x << ({a})
m684: ({a: b}) << y
m685: x << ({a: b})
m686: (1) << y
m687: x << (1)
m688: (1.5) << y
m689: x << (1.5)
m690: (-1) << y
m691: x << (-1)
m692: ('s') << y
m693: x << ('s')
m694: (...) << y
m695: x << (...)
m696: (None) << y
m697: x << (None)
m698: (a < b < c) << y
m699: x << (a < b < c)
m700: (a == b) << y
m701: x << (a == b)
m702: (a + b) >> y
m703: x >> (a + b)
m704: (a - b) >> y
m705: x >> (a - b)
m706: (a * b) >> y
m707: x >> (a * b)
m708: (a ** b) >> y
m709: x >> (a ** b)
m710: (a << b) >> y
m711: x >> (a << b)
m712: (a | b) >> y
m713: x >> (a | b)
m714: (a ^ b) >> y
m715: x >> (a ^ b)
m716: (a & b) >> y
m717: x >> (a & b)
m718: (a < b) >> y
m719: x >> (a < b)
m720: (a and b) >> y
m721: x >> (a and b)
m722: (a or b) >> y
m723: x >> (a or b)
m724: (not a) >> y
m725: x >> (not a)
m726: (-a) >> y
m727: x >> (-a)
m728: (+a) >> y
m729: x >> (+a)
m730: (~a) >> y
m731: x >> (~a)
m732: (a if b else c) >> y
m733: x >> (a if b else c)
m734: (lambda: a) >> y
m735: x >> (lambda: a)
m736: lambda: (await a) >> y
m737: lambda: x >> (await a)
m738: lambda: ((yield)) >> y
m739: lambda: x >> ((yield))
m740: lambda: ((yield a)) >> y
m741: lambda: x >> ((yield a))
m742: lambda: ((yield from a)) >> y
m743: lambda: x >> ((yield from a))
m744: lambda: (a := b) >> y
m745: lambda: x >> (a := b)
m746: (a.b) >> y
m747: x >> (a.b)
m748: (a[b]) >> y
m749: x >> (a[b])
m750: (a()) >> y
m751: x >> (a())
m752: ((a, b)) >> y
m753: x >> ((a, b))
m754: (()) >> y
m755: x >> (())
m756: ((a,)) >> y
m757: x >> ((a,))
m758: ([a]) >> y
m759: x >> ([a])
m760: ({a}) >> y
m761: x >> ({a})
m762: ({a: b}) >> y
m763: x >> ({a: b})
m764: (1) >> y
m765: x >> (1)
m766: (1.5) >> y
m767: x >> (1.5)
m768: (-1) >> y
m769: x >> (-1)
m770: ('s') >> y
m771: x >> ('s')
m772: (...) >> y
m773: x >> (...)
m774: (None) >> y
m775: x >> (None)
m776: (a < b < c) >> y
m777: x >> (a < b < c)
m778: (a == b) >> y
m779: x >> (a == b)
m780: (a + b) | y
m781: x | (a + b)
m782: (a - b) | y
m783: x | (a - b)
m784: (a * b) | y
m785: x | (a * b)
m786: (a ** b) | y
m787: x | (a ** b)
m788: (a << b) | y
m789: x | (a << b)
m790: (a | b) | y
m791: x | (a | b)
m792: (a ^ b) | y
m793: x | (a ^ b)
m794: (a & b) | y
m795: x | (a & b)
m796: (a < b) | y
m797: x | (a < b)
m798: (a and b) | y
m799: x | (a and b)
m800: (a or b) | y
m801: x | (a or b)
m802: (not a) | y
m803: x | (not a)
m804: (-a) | y
m805: x | (-a)
m806: (+a) | y
m807: x | (+a)
m808: (~a) | y
m809: x | (~a)
m810: (a if b else c) | y
m811: x | (a if b else c)
m812: (lambda: a) | y
m813: x | (lambda: a)
m814: lambda: (await a) | y
m815: lambda: x | (await a)
m816: lambda: ((yield)) | y
m817: lambda: x | ((yield))
m818: lambda: ((yield a)) | y
m819: lambda: x | ((yield a))
m820: lambda: ((yield from a)) | y
m821: lambda: x | ((yield from a))
m822: lambda: (a := b) | y
m823: lambda: x | (a := b)
m824: (a.b) | y
m825: x | (a.b)
m826: (a[b]) | y
m827: x | (a[b])
m828: (a()) | y
m829: x | (a())
m830: ((a, b)) | y
m831: x | ((a, b))
m832: (()) | y
m833: x | (())
m834: ((a,)) | y
m835: x | ((a,))
m836: ([a]) | y
m837: x | ([a])
m838: ({a}) | y
m839: x | ({a})
m840: ({a: b}) | y
m841: x | ({a: b})
m842: (1) | y
m843: x | (1)
m844: (1.5) | y
m845: x | (1.5)
m846: (-1) | y
m847: x | (-1)
m848: ('s') | y
m849: x | ('s')
m850: (...) | y
m851: x | (...)
m852: (None) | y
m853: x | (None)
m854: (a < b < c) | y
m855: x | (a < b < c)
m856: (a == b) | y
m857: x | (a == b)
m858: (a + b) ^ y
m859: x ^ (a + b)
m860: (a - b) ^ y
m861: x ^ (a - b)
m862: (a * b) ^ y
m863: x ^ (a * b)
m864: (a ** b) ^ y
m865: x ^ (a ** b)
m866: (a << b) ^ y
m867: x ^ (a << b)
m868: (a | b) ^ y
m869: x ^ (a | b)
m870: (a ^ b) ^ y
m871: x ^ (a ^ b)
m872: (a & b) ^ y
m873: x ^ (a & b)
m874: (a < b) ^ y
m875: x ^ (a < b)
m876: (a and b) ^ y
m877: x ^ (a and b)
m878: (a or b) ^ y
m879: x ^ (a or b)
m880: (not a) ^ y
m881: x ^ (not a)
m882: (-a) ^ y
m883: x ^ (-a)
m884: (+a) ^ y
m885: x ^ (+a)
m886: (~a) ^ y
m887: x ^ (~a)
m888: (a if b else c) ^ y
m889: x ^ (a if b else c)
m890: (lambda: a) ^ y
m891: x ^ (lambda: a)
m892: lambda: (await a) ^ y
m893: lambda: x ^ (await a)
m894: lambda: ((yield)) ^ y
m895: lambda: x ^ ((yield))
m896: lambda: ((yield a)) ^ y
m897: lambda: x ^ ((yield a))
m898: lambda: ((yield from a)) ^ y
m899: lambda: x ^ ((yield from a))
m900: lambda: (a := b) ^ y
m901: lambda: x ^ (a := b)
m902: (a.b) ^ y
m903: x ^ (a.b)
m904: (a[b]) ^ y
m905: x ^ (a[b])
m906: (a()) ^ y
m907: x ^ (a())
m908: ((a, b)) ^ y
m909: x ^ ((a, b))
m910: (()) ^ y
m911: x ^ (())
m912: ((a,)) ^ y
m913: x ^ ((a,))
m914: ([a]) ^ y
m915: x ^ ([a])
m916: ({a}) ^ y
m917: x ^ ({a})
m918: ({a: b}) ^ y
m919: x ^ ({a: b})
m920: (1) ^ y
m921: x ^ (1)
m922: (1.5) ^ y
m923: x ^ (1.5)
m924: (-1) ^ y
m925: x ^ (-1)
m926: ('s') ^ y
m927: x ^ ('s')
m928: (...) ^ y
m929: x ^ (...)
m930: (None) ^ y
m931: x ^ (None)
m932: (a < b < c) ^ y
m933: x ^ (a < b < c)
m934: (a == b) ^ y
m935: x ^ (a == b)
m936: (a + b) & y
m937: x & (a + b)
m938: (a - b) & y
m939: x & (a - b)
m940: (a * b) & y
m941: x & (a * b)
m942: (a ** b) & y
m943: x & (a ** b)
m944: (a << b) & y
m945: x & (a << b)
m946: (a | b) & y
m947: x & (a | b)
m948: (a ^ b) & y
m949: x & (a ^ b)
m950: (a & b) & y
m951: x & (a & b)
m952: (a < b) & y
m953: x & (a < b)
m954: (a and b) & y
m955: x & (a and b)
m956: (a or b) & y
m957: x & (a or b)
m958: (not a) & y
m959: x & (not a)
m960: (-a) & y
m961: x & (-a)
m962: (+a) & y
m963: x & (+a)
m964: (~a) & y
m965: x & (~a)
m966: (a if b else c) & y
m967: x & (a if b else c)
m968: (lambda: a) & y
m969: x & (lambda: a)
m970: lambda: (await a) & y
m971: lambda: x & (await a)
m972: lambda: ((yield)) & y
m973: lambda: x & ((yield))
m974: lambda: ((yield a)) & y
m975: lambda: x & ((yield a))
m976: lambda: ((yield from a)) & y
m977: lambda: x & ((yield from a))
m978: lambda: (a := b) & y
m979: lambda: x & (a := b)
m980: (a.b) & y
m981: x & (a.b)
m982: (a[b]) & y
m983: x & (a[b])
m984: (a()) & y
m985: x & (a())
m986: ((a, b)) & y
m987: x & ((a, b))
m988: (()) & y
m989: x & (())
m990: ((a,)) & y
m991: x & ((a,))
m992: ([a]) & y
m993: x & ([a])
m994: ({a}) & y
m995: x & ({a})
m996: ({a: b}) & y
m997: x & ({a: b})
m998: (1) & y
m999: x & (1)
m1000: (1.5) & y
m1001: x & (1.5)
m1002: (-1) & y
m1003: x & (-1)
m1004: ('s') & y
m1005: x & ('s')
m1006: (...) & y
m1007: x & (...)
m1008: (None) & y
m1009: x & (None)
m1010: (a < b < c) & y
m1011: x & (a < b < c)
m1012: (a == b) & y
m1013: x & (a == b)
m1014: (a + b) < y
m1015: x < (a + b)
m1016: (a - b) < y
m1017: x < (a - b)
m1018: (a * b) < y
m1019: x < (a * b)
m1020: (a ** b) < y
m1021: x < (a ** b)
m1022: (a << b) < y
m1023: x < (a << b)
m1024: (a | b) < y
m1025: x < (a | b)
m1026: (a ^ b) < y
m1027: x < (a ^ b)
m1028: (a & b) < y
m1029: x < (a & b)
m1030: (a < b) < y
m1031: x < (a < b)
m1032: (a and b) < y
m1033: x < (a and b)
m1034: (a or b) < y
m1035: x < (a or b)
m1036: (not a) < y
m1037: x < (not a)
m1038: (-a) < y
m1039: x < (-a)
m1040: (+a) < y
m1041: x < (+a)
m1042: (~a) < y
m1043: x < (~a)
m1044: (a if b else c) < y
m1045: x < (a if b else c)
m1046: (lambda: a) < y
m1047: x < (lambda: a)
m1048: lambda: (await a) < y
m1049: lambda: x < (await a)
m1050: lambda: ((yield)) < y
m1051: lambda: x < ((yield))
m1052: lambda: ((yield a)) < y
m1053: lambda: x < ((yield a))
m1054: lambda: ((yield from a)) < y
m1055: lambda: x < ((yield from a))
m1056: lambda: (a := b) < y
m1057: lambda: x < (a := b)
m1058: (a.b) < y
m1059: x < (a.b)
m1060: (a[b]) < y
m1061: x < (a[b])
m1062: (a()) < y
m1063: x < (a())
m1064: ((a, b)) < y
m1065: x < ((a, b))
m1066: (()) < y
m1067: x < (())
m1068: ((a,)) < y
m1069: x < ((a,))
m1070: ([a]) < y
m1071: x < ([a])
m1072: ({a}) < y
m1073: x < ({a})
m1074: ({a: b}) < y
m1075: x < ({a: b})
m1076: (1) < y
m1077: x < (1)
m1078: (1.5) < y
m1079: x < (1.5)
m1080: (-1) < y
m1081: x < (-1)
m1082: ('s') < y
m1083: x < ('s')
m1084: (...) < y
m1085: x < (...)
m1086: (None) < y
m1087: x < (None)
m1088: (a < b < c) < y
m1089: x < (a < b < c)
m1090: (a == b) < y
m1091: x < (a == b)
m1092: (a + b) == y
m1093: x == (a + b)
m1094: (a - b) == y
m1095: x == (a - b)
m1096: (a * b) == y
m1097: x == (a * b)
m1098: (a ** b) == y
m1099: x == (a ** b)
m1100: (a << b) == y
m1101: x == (a << b)
m1102: (a | b) == y
m1103: x == (a | b)
m1104: (a ^ b) == y
m1105: x == (a ^ b)
m1106: (a & b) == y
m1107: x == (a & b)
m1108: (a < b) == y
m1109: x == (a < b)
m1110: (a and b) == y
m1111: x == (a and b)
m1112: (a or b) == y
m1113: x == (a or b)
m1114: (not a) == y
m1115: x == (not a)
m1116: (-a) == y
m1117: x == (-a)
m1118: (+a) == y
m1119: x == (+a)
m1120: (~a) == y
m1121: x == (~a)
m1122: (a if b else c) == y
m1123: x == (a if b else c)
m1124: (lambda: a) == y
m1125: x == (lambda: a)
m1126: lambda: (await a) == y
m1127: lambda: x == (await a)
m1128: lambda: ((yield)) == y
m1129: lambda: x == ((yield))
m1130: lambda: ((yield a)) == y
m1131: lambda: x == ((yield a))
m1132: lambda: ((yield from a)) == y
m1133: lambda: x == ((yield from a))
m1134: lambda: (a := b) == y
m1135: lambda: x == (a := b)
m1136: (a.b) == y
m1137: x == (a.b)
m1138: (a[b]) == y
m1139: x == (a[b])
m1140: (a()) == y
m1141: x == (a())
m1142: ((a, b)) == y
m1143: x == ((a, b))
m1144: (()) == y
m1145: x == (())
m1146: ((a,)) == y
m1147: x == ((a,))
m1148: ([a]) == y
m1149: x == ([a])
m1150: ({a}) == y
m1151: x == ({a})
m1152: ({a: b}) == y
m1153: x == ({a: b})
m1154: (1) == y
m1155: x == (1)
m1156: (1.5) == y
m1157: x == (1.5)
m1158: (-1) == y
m1159: x == (-1)
m1160: ('s') == y
m1161: x == ('s')
m1162: (...) == y
m1163: x == (...)
m1164: (None) == y
m1165: x == (None)
m1166: (a < b < c) == y
m1167: x == (a < b < c)
m1168: (a == b) == y
m1169: x == (a == b)
m1170: (a + b) in y
m1171: x in (a + b)
m1172: (a - b) in y
m1173: x in (a - b)
m1174: (a * b) in y
m1175: x in (a * b)
m1176: (a ** b) in y
m1177: x in (a ** b)
m1178: (a << b) in y
m1179: x in (a << b)
m1180: (a | b) in y
m1181: x in (a | b)
m1182: (a ^ b) in y
m1183: x in (a ^ b)
m1184: (a & b) in y
m1185: x in (a & b)
m1186: (a < b) in y
m1187: x in (a < b)
m1188: (a and b) in y
m1189: x in (a and b)
m1190: (a or b) in y
m1191: x in (a or b)
m1192: (not a) in y
m1193: x in (not a)
m1194: (-a) in y
m1195: x in (-a)
m1196: (+a) in y
m1197: x in (+a)
m1198: (~a) in y
m1199: x in (~a)
m1200: (a if b else c) in y
m1201: x in (a if b else c)
m1202: (lambda: a) in y
m1203: x in (lambda: a)
m1204: lambda: (await a) in y
m1205: lambda: x in (await a)
m1206: lambda: ((yield)) in y
m1207: lambda: x in ((yield))
m1208: lambda: ((yield a)) in y
m1209: lambda: x in ((yield a))
m1210: lambda: ((yield from a)) in y
m1211: lambda: x in ((yield from a))
m1212: lambda: (a := b) in y
m1213: lambda: x in (a := b)
m1214: (a.b) in y
m1215: x in (a.b)
m1216: (a[b]) in y
m1217: x in (a[b])
m1218: (a()) in y
m1219: x in (a())
m1220: ((a, b)) in y
m1221: x in ((a, b))
m1222: (()) in y
m1223: x in (())
m1224: ((a,)) in y
m1225: x in ((a,))
m1226: ([a]) in y
m1227: x in ([a])
m1228: ({a}) in y
m1229: x in ({a})
m1230: ({a: b}) in y
m1231: x in ({a: b})
m1232: (1) in y
m1233: x in (1)
m1234: (1.5) in y
m1235: x in (1.5)
m1236: (-1) in y
m1237: x in (-1)
m1238: ('s') in y
m1239: x in ('s')
m1240: (...) in y
m1241: x in (...)
m1242: (None) in y
m1243: x in (None)
m1244: (a < b < c) in y
m1245: x in (a < b < c)
m1246: (a == b) in y
m1247: x in (a == b)
m1248: (a + b) is not y
m1249: x is not (a + b)
m1250: (a - b) is not y
m1251: x is not (a - b)
m1252: (a * b) is not y
m1253: x is not (a * b)
m1254: (a ** b) is not y
m1255: x is not (a ** b)
m1256: (a << b) is not y
m1257: x is not (a << b)
m1258: (a | b) is not y
m1259: x is not (a | b)
m1260: (a ^ b) is not y
m1261: x is not (a ^ b)
m1262: (a & b) is not y
m1263: x is not (a & b)
m1264: (a < b) is not y
m1265: x is not (a < b)
m1266: (a and b) is not y
m1267: x is not (a and b)
m1268: (a or b) is not y
m1269: x is not (a or b)
m1270: (not a) is not y
m1271: x is not (not a)
m1272: (-a) is not y
m1273: x is not (-a)
m1274: (+a) is not y
m1275: x is not (+a)
m1276: (~a) is not y
m1277: x is not (~a)
m1278: (a if b else c) is not y
m1279: x is not (a if b else c)
m1280: (lambda: a) is not y
m1281: x is not (lambda: a)
m1282: lambda: (await a) is not y
m1283: lambda: x is not (await a)
m1284: lambda: ((yield)) is not y
m1285: lambda: x is not ((yield))
m1286: lambda: ((yield a)) is not y
m1287: lambda: x is not ((yield a))
m1288: lambda: ((yield from a)) is not y
m1289: lambda: x is not ((yield from a))
m1290: lambda: (a := b) is not y
m1291: lambda: x is not (a := b)
m1292: (a.b) is not y
m1293: x is not (a.b)
m1294: (a[b]) is not y
m1295: x is not (a[b])
m1296: (a()) is not y
m1297: x is not (a())
m1298: ((a, b)) is not y
m1299: x is not ((a, b))
m1300: (()) is not y
m1301: x is not (())
m1302: ((a,)) is not y
m1303: x is not ((a,))
m1304: ([a]) is not y
m1305: x is not ([a])
m1306: ({a}) is not y
m1307: x is not ({a})
m1308: ({a: b}) is not y
m1309: x is not ({a: b})
m1310: (1) is not y
m1311: x is not (1)
m1312: (1.5) is not y
m1313: x is not (1.5)
m1314: (-1) is not y
m1315: x is not (-1)
m1316: ('s') is not y
m1317: x is not ('s')
m1318: (...) is not y
m1319: x is not (...)
m1320: (None) is not y
m1321: x is not (None)
m1322: (a < b < c) is not y
m1323: x is not (a < b < c)
m1324: (a == b) is not y
m1325: x is not (a == b)
m1326: (a + b) and y
m1327: x and (a + b)
m1328: (a - b) and y
m1329: x and (a - b)
m1330: (a * b) and y
m1331: x and (a * b)
m1332: (a ** b) and y
m1333: x and (a ** b)
m1334: (a << b) and y
m1335: x and (a << b)
m1336: (a | b) and y
m1337: x and (a | b)
m1338: (a ^ b) and y
m1339: x and (a ^ b)
m1340: (a & b) and y
m1341: x and (a & b)
m1342: (a < b) and y
m1343: x and (a < b)
m1344: (a and b) and y
m1345: x and (a and b)
m1346: (a or b) and y
m1347: x and (a or b)
m1348: (not a) and y
m1349: x and (not a)
m1350: (-a) and y
m1351: x and (-a)
m1352: (+a) and y
m1353: x and (+a)
m1354: (~a) and y
m1355: x and (~a)
m1356: (a if b else c) and y
m1357: x and (a if b else c)
m1358: (lambda: a) and y
m1359: x and (lambda: a)
m1360: lambda: (await a) and y
m1361: lambda: x and (await a)
m1362: lambda: ((yield)) and y
m1363: lambda: x and ((yield))
m1364: lambda: ((yield a)) and y
m1365: lambda: x and ((yield a))
m1366: lambda: ((yield from a)) and y
m1367: lambda: x and ((yield from a))
m1368: lambda: (a := b) and y
m1369: lambda: x and (a := b)
m1370: (a.b) and y
m1371: x and (a.b)
m1372: (a[b]) and y
m1373: x and (a[b])
m1374: (a()) and y
m1375: x and (a())
m1376: ((a, b)) and y
m1377: x and ((a, b))
m1378: (()) and y
m1379: x and (())
m1380: ((a,)) and y
m1381: x and ((a,))
m1382: ([a]) and y
m1383: x and ([a])
m1384: ({a}) and y
m1385: x and ({a})
m1386: ({a: b}) and y
m1387: x and ({a: b})
m1388: (1) and y
m1389: x and (1)
m1390: (1.5) and y
m1391: x and (1.5)
m1392: (-1) and y
m1393: x and (-1)
m1394: ('s') and y
m1395: x and ('s')
m1396: (...) and y
m1397: x and (...)
m1398: (None) and y
m1399: x and (None)
m1400: (a < b < c) and y
m1401: x and (a < b < c)
m1402: (a == b) and y
m1403: x and (a == b)
m1404: (a + b) or y
m1405: x or (a + b)
m1406: (a - b) or y
m1407: x or (a - b)
m1408: (a * b) or y
m1409: x or (a * b)
m1410: (a ** b) or y
m1411: x or (a ** b)
m1412: (a << b) or y
m1413: x or (a << b)
m1414: (a | b) or y
m1415: x or (a | b)
m1416: (a ^ b) or y
m1417: x or (a ^ b)
m1418: (a & b) or y
m1419: x or (a & b)
m1420: (a < b) or y
m1421: x or (a < b)
m1422: (a and b) or y
m1423: x or (a and b)
m1424: (a or b) or y
m1425: x or (a or b)
m1426: (not a) or y
m1427: x or (not a)
m1428: (-a) or y
m1429: x or (-a)
m1430: (+a) or y
m1431: x or (+a)
m1432: (~a) or y
m1433: x or (~a)
m1434: (a if b else c) or y
m1435: x or (a if b else c)
m1436: (lambda: a) or y
m1437: x or (lambda: a)
m1438: lambda: (await a) or y
m1439: lambda: x or (await a)
m1440: lambda: ((yield)) or y
m1441: lambda: x or ((yield))
m1442: lambda: ((yield a)) or y
m1443: lambda: x or ((yield a))
m1444: lambda: ((yield from a)) or y
m1445: lambda: x or ((yield from a))
m1446: lambda: (a := b) or y
m1447: lambda: x or (a := b)
m1448: (a.b) or y
m1449: x or (a.b)
m1450: (a[b]) or y
m1451: x or (a[b])
m1452: (a()) or y
m1453: x or (a())
m1454: ((a, b)) or y
m1455: x or ((a, b))
m1456: (()) or y
m1457: x or (())
m1458: ((a,)) or y
m1459: x or ((a,))
m1460: ([a]) or y
m1461: x or ([a])
m1462: ({a}) or y
m1463: x or ({a})
m1464: ({a: b}) or y
m1465: x or ({a: b})
m1466: (1) or y
m1467: x or (1)
m1468: (1.5) or y
m1469: x or (1.5)
m1470: (-1) or y
m1471: x or (-1)
m1472: ('s') or y
m1473: x or ('s')
m1474: (...) or y
m1475: x or (...)
m1476: (None) or y
m1477: x or (None)
m1478: (a < b < c) or y
m1479: x or (a < b < c)
m1480: (a == b) or y
m1481: x or (a == b)
m1482: not (a + b)
m1483: not (a - b)
m1484: not (a * b)
m1485: not (a ** b)
m1486: not (a << b)
m1487: not (a | b)
m1488: not (a ^ b)
m1489: not (a & b)
m1490: not (a < b)
m1491: not (a and b)
m1492: not (a or b)
m1493: not (not a)
m1494: not (-a)
m1495: not (+a)
m1496: not (~a)
m1497: not (a if b else c)
m1498: not (lambda: a)
m1499: lambda: not (await a)
m1500: lambda: not ((yield))
m1501: lambda: not ((yield a))
m1502: lambda: not ((yield from a))
m1503: lambda: not (a := b)
m1504: not (a.b)
m1505: not (a[b])
m1506: not (a())
m1507: not ((a, b))
m1508: not (())
m1509: not ((a,))
m1510: not ([a])
m1511: not ({a})
m1512: not ({a: b})
m1513: not (1)
m1514: not (1.5)
m1515: not (-1)
m1516: not ('s')
m1517: not (...)
m1518: not (None)
m1519: not (a < b < c)
m1520: not (a == b)
m1521: -(a + b)
m1522: -(a - b)
m1523: -(a * b)
m1524: -(a ** b)
m1525: -(a << b)
m1526: -(a | b)
m1527: -(a ^ b)
m1528: -(a & b)
m1529: -(a < b)
m1530: -(a and b)
m1531: -(a or b)
m1532: -(not a)
m1533: -(-a)
m1534: -(+a)
m1535: -(~a)
m1536: -(a if b else c)
m1537: -(lambda: a)
m1538: lambda: -(await a)
m1539: lambda: -((yield))
m1540: lambda: -((yield a))
m1541: lambda: -((yield from a))
m1542: lambda: -(a := b)
m1543: -(a.b)
m1544: -(a[b])
m1545: -(a())
m1546: -((a, b))
m1547: -(())
m1548: -((a,))
m1549: -([a])
m1550: -({a})
m1551: -({a: b})
m1552: -(1)
m1553: -(1.5)
m1554: -(-1)
m1555: -('s')
m1556: -(...)
m1557: -(None)
m1558: -(a < b < c)
m1559: -(a == b)
m1560: ~(a + b)
m1561: ~(a - b)
m1562: ~(a * b)
m1563: ~(a ** b)
m1564: ~(a << b)
m1565: ~(a | b)
m1566: ~(a ^ b)
m1567: ~(a & b)
m1568: ~(a < b)
m1569: ~(a and b)
m1570: ~(a or b)
m1571: ~(not a)
m1572: ~(-a)
m1573: ~(+a)
m1574: ~(~a)
m1575: ~(a if b else c)
m1576: ~(lambda: a)
m1577: lambda: ~(await a)
m1578: lambda: ~((yield))
m1579: lambda: ~((yield a))
m1580: lambda: ~((yield from a))
m1581: lambda: ~(a := b)
m1582: ~(a.b)
m1583: ~(a[b])
m1584: ~(a())
m1585: ~((a, b))
m1586: ~(())
m1587: ~((a,))
m1588: ~([a])
m1589: ~({a})
m1590: ~({a: b})
m1591: ~(1)
m1592: ~(1.5)
m1593: ~(-1)
m1594: ~('s')
m1595: ~(...)
m1596: ~(None)
m1597: ~(a < b < c)
m1598: ~(a == b)
m1599: (a + b) if y else z
m1600: x if (a + b) else z
m1601: (a - b) if y else z
m1602: x if (a - b) else z
m1603: (a * b) if y else z
m1604: x if (a * b) else z
m1605: (a ** b) if y else z
m1606: x if (a ** b) else z
m1607: (a << b) if y else z
m1608: x if (a << b) else z
m1609: (a | b) if y else z
m1610: x if (a | b) else z
m1611: (a ^ b) if y else z
m1612: x if (a ^ b) else z
m1613: (a & b) if y else z
m1614: x if (a & b) else z
m1615: (a < b) if y else z
m1616: x if (a < b) else z
m1617: (a and b) if y else z
m1618: x if (a and b) else z
m1619: (a or b) if y else z
m1620: x if (a or b) else z
m1621: (not a) if y else z
m1622: x if (not a) else z
m1623: (-a) if y else z
m1624: x if (-a) else z
m1625: (+a) if y else z
m1626: x if (+a) else z
m1627: (~a) if y else z
m1628: x if (~a) else z
m1629: (a if b else c) if y else z
m1630: x if (a if b else c) else z
m1631: (lambda: a) if y else z
m1632: x if (lambda: a) else z
m1633: lambda: (await a) if y else z
m1634: lambda: x if (await a) else z
m1635: lambda: ((yield)) if y else z
m1636: lambda: x if ((yield)) else z
m1637: lambda: ((yield a)) if y else z
m1638: lambda: x if ((yield a)) else z
m1639: lambda: ((yield from a)) if y else z
m1640: lambda: x if ((yield from a)) else z
m1641: lambda: (a := b) if y else z
m1642: lambda: x if (a := b) else z
m1643: (a.b) if y else z
m1644: x if (a.b) else z
m1645: (a[b]) if y else z
m1646: x if (a[b]) else z
m1647: (a()) if y else z
m1648: x if (a()) else z
m1649: ((a, b)) if y else z
m1650: x if ((a, b)) else z
m1651: (()) if y else z
m1652: x if (()) else z
m1653: ((a,)) if y else z
m1654: x if ((a,)) else z
m1655: ([a]) if y else z
m1656: x if ([a]) else z
m1657: ({a}) if y else z
m1658: x if ({a}) else z
m1659: ({a: b}) if y else z
m1660: x if ({a: b}) else z
m1661: (1) if y else z
m1662: x if (1) else z
m1663: (1.5) if y else z
m1664: x if (1.5) else z
m1665: (-1) if y else z
m1666: x if (-1) else z
m1667: ('s') if y else z
m1668: x if ('s') else z
m1669: (...) if y else z
m1670: x if (...) else z
m1671: (None) if y else z
m1672: x if (None) else z
m1673: (a < b < c) if y else z
m1674: x if (a < b < c) else z
m1675: (a == b) if y else z
m1676: x if (a == b) else z
m1677: z if (a + b) else y
m1678: z if x else (a + b)
m1679: z if (a - b) else y
m1680: z if x else (a - b)
m1681: z if (a * b) else y
m1682: z if x else (a * b)
m1683: z if (a ** b) else y
m1684: z if x else (a ** b)
m1685: z if (a << b) else y
m1686: z if x else (a << b)
m1687: z if (a | b) else y
m1688: z if x else (a | b)
m1689: z if (a ^ b) else y
m1690: z if x else (a ^ b)
m1691: z if (a & b) else y
m1692: z if x else (a & b)
m1693: z if (a < b) else y
m1694: z if x else (a < b)
m1695: z if (a and b) else y
m1696: z if x else (a and b)
m1697: z if (a or b) else y
m1698: z if x else (a or b)
m1699: z if (not a) else y
m1700: z if x else (not a)
m1701: z if (-a) else y
m1702: z if x else (-a)
m1703: z if (+a) else y
m1704: z if x else (+a)
m1705: z if (~a) else y
m1706: z if x else (~a)
m1707: z if (a if b else c) else y
m1708: z if x else (a if b else c)
m1709: z if (lambda: a) else y
m1710: z if x else (lambda: a)
m1711: lambda: z if (await a) else y
m1712: lambda: z if x else (await a)
m1713: lambda: z if ((yield)) else y
m1714: lambda: z if x else ((yield))
m1715: lambda: z if ((yield a)) else y
m1716: lambda: z if x else ((yield a))
m1717: lambda: z if ((yield from a)) else y
m1718: lambda: z if x else ((yield from a))
m1719: lambda: z if (a := b) else y
m1720: lambda: z if x else (a := b)
m1721: z if (a.b) else y
m1722: z if x else (a.b)
m1723: z if (a[b]) else y
m1724: z if x else (a[b])
m1725: z if (a()) else y
m1726: z if x else (a())
m1727: z if ((a, b)) else y
m1728: z if x else ((a, b))
m1729: z if (()) else y
m1730: z if x else (())
m1731: z if ((a,)) else y
m1732: z if x else ((a,))
m1733: z if ([a]) else y
m1734: z if x else ([a])
m1735: z if ({a}) else y
m1736: z if x else ({a})
m1737: z if ({a: b}) else y
m1738: z if x else ({a: b})
m1739: z if (1) else y
m1740: z if x else (1)
m1741: z if (1.5) else y
m1742: z if x else (1.5)
m1743: z if (-1) else y
m1744: z if x else (-1)
m1745: z if ('s') else y
m1746: z if x else ('s')
m1747: z if (...) else y
m1748: z if x else (...)
m1749: z if (None) else y
m1750: z if x else (None)
m1751: z if (a < b < c) else y
m1752: z if x else (a < b < c)
m1753: z if (a == b) else y
m1754: z if x else (a == b)
m1755: lambda: (a + b)
m1756: lambda: (a - b)
m1757: lambda: (a * b)
m1758: lambda: (a ** b)
m1759: lambda: (a << b)
m1760: lambda: (a | b)
m1761: lambda: (a ^ b)
m1762: lambda: (a & b)
m1763: lambda: (a < b)
m1764: lambda: (a and b)
m1765: lambda: (a or b)
m1766: lambda: (not a)
m1767: lambda: (-a)
m1768: lambda: (+a)
m1769: lambda: (~a)
m1770: lambda: (a if b else c)
m1771: lambda: (lambda: a)
m1772: lambda: lambda: (await a)
m1773: lambda: lambda: ((yield))
m1774: lambda: lambda: ((yield a))
m1775: lambda: lambda: ((yield from a))
m1776: lambda: lambda: (a := b)
m1777: lambda: (a.b)
m1778: lambda: (a[b])
m1779: lambda: (a())
m1780: lambda: ((a, b))
m1781: lambda: (())
m1782: lambda: ((a,))
m1783: lambda: ([a])
m1784: lambda: ({a})
m1785: lambda: ({a: b})
m1786: lambda: (1)
m1787: lambda: (1.5)
m1788: lambda: (-1)
m1789: lambda: ('s')
m1790: lambda: (...)
m1791: lambda: (None)
m1792: lambda: (a < b < c)
m1793: lambda: (a == b)
m1794: lambda: await (a + b)
m1795: lambda: await (a - b)
m1796: lambda: await (a * b)
m1797: lambda: await (a ** b)
m1798: lambda: await (a << b)
m1799: lambda: await (a | b)
m1800: lambda: await (a ^ b)
m1801: lambda: await (a & b)
m1802: lambda: await (a < b)
m1803: lambda: await (a and b)
m1804: lambda: await (a or b)
m1805: lambda: await (not a)
m1806: lambda: await (-a)
m1807: lambda: await (+a)
m1808: lambda: await (~a)
m1809: lambda: await (a if b else c)
m1810: lambda: await (lambda: a)
m1811: lambda: await (await a)
m1812: lambda: await ((yield))
m1813: lambda: await ((yield a))
m1814: lambda: await ((yield from a))
m1815: lambda: await (a := b)
m1816: lambda: await (a.b)
m1817: lambda: await (a[b])
m1818: lambda: await (a())
m1819: lambda: await ((a, b))
m1820: lambda: await (())
m1821: lambda: await ((a,))
m1822: lambda: await ([a])
m1823: lambda: await ({a})
m1824: lambda: await ({a: b})
m1825: lambda: await (1)
m1826: lambda: await (1.5)
m1827: lambda: await (-1)
m1828: lambda: await ('s')
m1829: lambda: await (...)
m1830: lambda: await (None)
m1831: lambda: await (a < b < c)
m1832: lambda: await (a == b)
m1833: (a + b).attr
m1834: (a - b).attr
m1835: (a * b).attr
m1836: (a ** b).attr
m1837: (a << b).attr
m1838: (a | b).attr
m1839: (a ^ b).attr
m1840: (a & b).attr
m1841: (a < b).attr
m1842: (a and b).attr
m1843: (a or b).attr
m1844: (not a).attr
m1845: (-a).attr
m1846: (+a).attr
m1847: (~a).attr
m1848: (a if b else c).attr
m1849: (lambda: a).attr
m1850: lambda: (await a).attr
m1851: lambda: ((yield)).attr
m1852: lambda: ((yield a)).attr
m1853: lambda: ((yield from a)).attr
m1854: lambda: (a := b).attr
m1855: (a.b).attr
m1856: (a[b]).attr
m1857: (a()).attr
m1858: ((a, b)).attr
m1859: (()).attr
m1860: ((a,)).attr
m1861: ([a]).attr
m1862: ({a}).attr
m1863: ({a: b}).attr
m1864: (1).attr
m1865: (1.5).attr
m1866: (-1).attr
m1867: ('s').attr
m1868: (...).attr
m1869: (None).attr
m1870: (a < b < c).attr
m1871: (a == b).attr
m1872: (a + b)[y]
m1873: x[(a + b)]
m1874: (a - b)[y]
m1875: x[(a - b)]
m1876: (a * b)[y]
m1877: x[(a * b)]
m1878: (a ** b)[y]
m1879: x[(a ** b)]
m1880: (a << b)[y]
m1881: x[(a << b)]
m1882: (a | b)[y]
m1883: x[(a | b)]
m1884: (a ^ b)[y]
m1885: x[(a ^ b)]
m1886: (a & b)[y]
m1887: x[(a & b)]
m1888: (a < b)[y]
m1889: x[(a < b)]
m1890: (a and b)[y]
m1891: x[(a and b)]
m1892: (a or b)[y]
m1893: x[(a or b)]
m1894: (not a)[y]
m1895: x[(not a)]
m1896: (-a)[y]
m1897: x[(-a)]
m1898: (+a)[y]
m1899: x[(+a)]
m1900: (~a)[y]
m1901: x[(~a)]
m1902: (a if b else c)[y]
m1903: x[(a if b else c)]
m1904: (lambda: a)[y]
m1905: x[(lambda: a)]
m1906: lambda: (await a)[y]
m1907: lambda: x[(await a)]
m1908: lambda: ((yield))[y]
m1909: lambda: x[((yield))]
m1910: lambda: ((yield a))[y]
m1911: lambda: x[((yield a))]
m1912: lambda: ((yield from a))[y]
m1913: lambda: x[((yield from a))]
m1914: lambda: (a := b)[y]
m1915: lambda: x[(a := b)]
m1916: (a.b)[y]
m1917: x[(a.b)]
m1918: (a[b])[y]
m1919: x[(a[b])]
m1920: (a())[y]
m1921: x[(a())]
m1922: ((a, b))[y]
m1923: x[((a, b))]
m1924: (())[y]
m1925: x[(())]
m1926: ((a,))[y]
m1927: x[((a,))]
m1928: ([a])[y]
m1929: x[([a])]
m1930: ({a})[y]
m1931: x[({a})]
m1932: ({a: b})[y]
m1933: x[({a: b})]
m1934: (1)[y]
m1935: x[(1)]
m1936: (1.5)[y]
m1937: x[(1.5)]
m1938: (-1)[y]
m1939: x[(-1)]
m1940: ('s')[y]
m1941: x[('s')]
m1942: (...)[y]
m1943: x[(...)]
m1944: (None)[y]
m1945: x[(None)]
m1946: (a < b < c)[y]
m1947: x[(a < b < c)]
m1948: (a == b)[y]
m1949: x[(a == b)]
m1950: (a + b)(y)
m1951: x((a + b))
m1952: (a - b)(y)
m1953: x((a - b))
m1954: (a * b)(y)
m1955: x((a * b))
m1956: (a ** b)(y)
m1957: x((a ** b))
m1958: (a << b)(y)
m1959: x((a << b))
m1960: (a | b)(y)
m1961: x((a | b))
m1962: (a ^ b)(y)
m1963: x((a ^ b))
m1964: (a & b)(y)
m1965: x((a & b))
m1966: (a < b)(y)
m1967: x((a < b))
m1968: (a and b)(y)
m1969: x((a and b))
m1970: (a or b)(y)
m1971: x((a or b))
m1972: (not a)(y)
m1973: x((not a))
m1974: (-a)(y)
m1975: x((-a))
m1976: (+a)(y)
m1977: x((+a))
m1978: (~a)(y)
m1979: x((~a))
m1980: (a if b else c)(y)
m1981: x((a if b else c))
m1982: (lambda: a)(y)
m1983: x((lambda: a))
m1984: lambda: (await a)(y)
m1985: lambda: x((await a))
m1986: lambda: ((yield))(y)
m1987: lambda: x(((yield)))
m1988: lambda: ((yield a))(y)
m1989: lambda: x(((yield a)))
m1990: lambda: ((yield from a))(y)
m1991: lambda: x(((yield from a)))
m1992: lambda: (a := b)(y)
m1993: lambda: x((a := b))
m1994: (a.b)(y)
m1995: x((a.b))
m1996: (a[b])(y)
m1997: x((a[b]))
m1998: (a())(y)
m1999: x((a()))
m2000: ((a, b))(y)
m2001: x(((a, b)))
m2002: (())(y)
m2003: x((()))
m2004: ((a,))(y)
m2005: x(((a,)))
m2006: ([a])(y)
m2007: x(([a]))
m2008: ({a})(y)
m2009: x(({a}))
m2010: ({a: b})(y)
m2011: x(({a: b}))
m2012: (1)(y)
m2013: x((1))
m2014: (1.5)(y)
m2015: x((1.5))
m2016: (-1)(y)
m2017: x((-1))
m2018: ('s')(y)
m2019: x(('s'))
m2020: (...)(y)
m2021: x((...))
m2022: (None)(y)
m2023: x((None))
m2024: (a < b < c)(y)
m2025: x((a < b < c))
m2026: (a == b)(y)
m2027: x((a == b))
m2028: f(*(a + b))
m2029: f(*(a - b))
m2030: f(*(a * b))
m2031: f(*(a ** b))
m2032: f(*(a << b))
m2033: f(*(a | b))
m2034: f(*(a ^ b))
m2035: f(*(a & b))
m2036: f(*(a < b))
m2037: f(*(a and b))
m2038: f(*(a or b))
m2039: f(*(not a))
m2040: f(*(-a))
m2041: f(*(+a))
m2042: f(*(~a))
m2043: f(*(a if b else c))
m2044: f(*(lambda: a))
m2045: lambda: f(*(await a))
m2046: lambda: f(*((yield)))
m2047: lambda: f(*((yield a)))
m2048: lambda: f(*((yield from a)))
m2049: lambda: f(*(a := b))
m2050: f(*(a.b))
m2051: f(*(a[b]))
m2052: f(*(a()))
m2053: f(*((a, b)))
m2054: f(*(()))
m2055: f(*((a,)))
m2056: f(*([a]))
m2057: f(*({a}))
m2058: f(*({a: b}))
m2059: f(*(1))
m2060: f(*(1.5))
m2061: f(*(-1))
m2062: f(*('s'))
m2063: f(*(...))
m2064: f(*(None))
m2065: f(*(a < b < c))
m2066: f(*(a == b))
m2067: f(**(a + b))
m2068: f(**(a - b))
m2069: f(**(a * b))
m2070: f(**(a ** b))
m2071: f(**(a << b))
m2072: f(**(a | b))
m2073: f(**(a ^ b))
m2074: f(**(a & b))
m2075: f(**(a < b))
m2076: f(**(a and b))
m2077: f(**(a or b))
m2078: f(**(not a))
m2079: f(**(-a))
m2080: f(**(+a))
m2081: f(**(~a))
m2082: f(**(a if b else c))
m2083: f(**(lambda: a))
m2084: lambda: f(**(await a))
m2085: lambda: f(**((yield)))
m2086: lambda: f(**((yield a)))
m2087: lambda: f(**((yield from a)))
m2088: lambda: f(**(a := b))
m2089: f(**(a.b))
m2090: f(**(a[b]))
m2091: f(**(a()))
m2092: f(**((a, b)))
m2093: f(**(()))
m2094: f(**((a,)))
m2095: f(**([a]))
m2096: f(**({a}))
m2097: f(**({a: b}))
m2098: f(**(1))
m2099: f(**(1.5))
m2100: f(**(-1))
m2101: f(**('s'))
m2102: f(**(...))
m2103: f(**(None))
m2104: f(**(a < b < c))
m2105: f(**(a == b))
m2106: f(k=(a + b))
m2107: f(k=(a - b))
m2108: f(k=(a * b))
m2109: f(k=(a ** b))
m2110: f(k=(a << b))
m2111: f(k=(a | b))
m2112: f(k=(a ^ b))
m2113: f(k=(a & b))
m2114: f(k=(a < b))
m2115: f(k=(a and b))
m2116: f(k=(a or b))
m2117: f(k=(not a))
m2118: f(k=(-a))
m2119: f(k=(+a))
m2120: f(k=(~a))
m2121: f(k=(a if b else c))
m2122: f(k=(lambda: a))
m2123: lambda: f(k=(await a))
m2124: lambda: f(k=((yield)))
m2125: lambda: f(k=((yield a)))
m2126: lambda: f(k=((yield from a)))
m2127: lambda: f(k=(a := b))
m2128: f(k=(a.b))
m2129: f(k=(a[b]))
m2130: f(k=(a()))
m2131: f(k=((a, b)))
m2132: f(k=(()))
m2133: f(k=((a,)))
m2134: f(k=([a]))
m2135: f(k=({a}))
m2136: f(k=({a: b}))
m2137: f(k=(1))
m2138: f(k=(1.5))
m2139: f(k=(-1))
m2140: f(k=('s'))
m2141: f(k=(...))
m2142: f(k=(None))
m2143: f(k=(a < b < c))
m2144: f(k=(a == b))
m2145: [*(a + b)]
m2146: [*(a - b)]
m2147: [*(a * b)]
m2148: [*(a ** b)]
m2149: [*(a << b)]
m2150: [*(a | b)]
m2151: [*(a ^ b)]
m2152: [*(a & b)]
m2153: [*(a < b)]
m2154: [*(a and b)]
m2155: [*(a or b)]
m2156: [*(not a)]
m2157: [*(-a)]
m2158: [*(+a)]
m2159: [*(~a)]
m2160: [*(a if b else c)]
m2161: [*(lambda: a)]
m2162: lambda: [*(await a)]
m2163: lambda: [*((yield))]
m2164: lambda: [*((yield a))]
m2165: lambda: [*((yield from a))]
m2166: lambda: [*(a := b)]
m2167: [*(a.b)]
m2168: [*(a[b])]
m2169: [*(a())]
m2170: [*((a, b))]
m2171: [*(())]
m2172: [*((a,))]
m2173: [*([a])]
m2174: [*({a})]
m2175: [*({a: b})]
m2176: [*(1)]
m2177: [*(1.5)]
m2178: [*(-1)]
m2179: [*('s')]
m2180: [*(...)]
m2181: [*(None)]
m2182: [*(a < b < c)]
m2183: [*(a == b)]
m2184: {**(a + b)}
m2185: {**(a - b)}
m2186: {**(a * b)}
m2187: {**(a ** b)}
m2188: {**(a << b)}
m2189: {**(a | b)}
m2190: {**(a ^ b)}
m2191: {**(a & b)}
m2192: {**(a < b)}
m2193: {**(a and b)}
m2194: {**(a or b)}
m2195: {**(not a)}
m2196: {**(-a)}
m2197: {**(+a)}
m2198: {**(~a)}
m2199: {**(a if b else c)}
m2200: {**(lambda: a)}
m2201: lambda: {**(await a)}
m2202: lambda: {**((yield))}
m2203: lambda: {**((yield a))}
m2204: lambda: {**((yield from a))}
m2205: lambda: {**(a := b)}
m2206: {**(a.b)}
m2207: {**(a[b])}
m2208: {**(a())}
m2209: {**((a, b))}
m2210: {**(())}
m2211: {**((a,))}
m2212: {**([a])}
m2213: {**({a})}
m2214: {**({a: b})}
m2215: {**(1)}
m2216: {**(1.5)}
m2217: {**(-1)}
m2218: {**('s')}
m2219: {**(...)}
m2220: {**(None)}
m2221: {**(a < b < c)}
m2222: {**(a == b)}
m2223: {(a + b): y}
m2224: {x: (a + b)}
m2225: {(a - b): y}
m2226: {x: (a - b)}
m2227: {(a * b): y}
m2228: {x: (a * b)}
m2229: {(a ** b): y}
m2230: {x: (a ** b)}
m2231: {(a << b): y}
m2232: {x: (a << b)}
m2233: {(a | b): y}
m2234: {x: (a | b)}
m2235: {(a ^ b): y}
m2236: {x: (a ^ b)}
m2237: {(a & b): y}
m2238: {x: (a & b)}
m2239: {(a < b): y}
m2240: {x: (a < b)}
m2241: {(a and b): y}
m2242: {x: (a and b)}
m2243: {(a or b): y}
m2244: {x: (a or b)}
m2245: {(not a): y}
m2246: {x: (not a)}
m2247: {(-a): y}
m2248: {x: (-a)}
m2249: {(+a): y}
m2250: {x: (+a)}
m2251: {(~a): y}
m2252: {x: (~a)}
m2253: {(a if b else c): y}
m2254: {x: (a if b else c)}
m2255: {(lambda: a): y}
m2256: {x: (lambda: a)}
m2257: lambda: {(await a): y}
m2258: lambda: {x: (await a)}
m2259: lambda: {((yield)): y}
m2260: lambda: {x: ((yield))}
m2261: lambda: {((yield a)): y}
m2262: lambda: {x: ((yield a))}
m2263: lambda: {((yield from a)): y}
m2264: lambda: {x: ((yield from a))}
m2265: lambda: {(a := b): y}
m2266: lambda: {x: (a := b)}
m2267: {(a.b): y}
m2268: {x: (a.b)}
m2269: {(a[b]): y}
m2270: {x: (a[b])}
m2271: {(a()): y}
m2272: {x: (a())}
m2273: {((a, b)): y}
m2274: {x: ((a, b))}
m2275: {(()): y}
m2276: {x: (())}
m2277: {((a,)): y}
m2278: {x: ((a,))}
m2279: {([a]): y}
m2280: {x: ([a])}
m2281: {({a}): y}
m2282: {x: ({a})}
m2283: {({a: b}): y}
m2284: {x: ({a: b})}
m2285: {(1): y}
m2286: {x: (1)}
m2287: {(1.5): y}
m2288: {x: (1.5)}
m2289: {(-1): y}
m2290: {x: (-1)}
m2291: {('s'): y}
m2292: {x: ('s')}
m2293: {(...): y}
m2294: {x: (...)}
m2295: {(None): y}
m2296: {x: (None)}
m2297: {(a < b < c): y}
m2298: {x: (a < b < c)}
m2299: {(a == b): y}
m2300: {x: (a == b)}
m2301: ((a + b), y)
m2302: (x, (a + b))
m2303: ((a - b), y)
m2304: (x, (a - b))
m2305: ((a * b), y)
m2306: (x, (a * b))
m2307: ((a ** b), y)
m2308: (x, (a ** b))
m2309: ((a << b), y)
m2310: (x, (a << b))
m2311: ((a | b), y)
m2312: (x, (a | b))
m2313: ((a ^ b), y)
m2314: (x, (a ^ b))
m2315: ((a & b), y)
m2316: (x, (a & b))
m2317: ((a < b), y)
m2318: (x, (a < b))
m2319: ((a and b), y)
m2320: (x, (a and b))
m2321: ((a or b), y)
m2322: (x, (a or b))
m2323: ((not a), y)
m2324: (x, (not a))
m2325: ((-a), y)
m2326: (x, (-a))
m2327: ((+a), y)
m2328: (x, (+a))
m2329: ((~a), y)
m2330: (x, (~a))
m2331: ((a if b else c), y)
m2332: (x, (a if b else c))
m2333: ((lambda: a), y)
m2334: (x, (lambda: a))
m2335: lambda: ((await a), y)
m2336: lambda: (x, (await a))
m2337: lambda: (((yield)), y)
m2338: lambda: (x, ((yield)))
m2339: lambda: (((yield a)), y)
m2340: lambda: (x, ((yield a)))
m2341: lambda: (((yield from a)), y)
m2342: lambda: (x, ((yield from a)))
m2343: lambda: ((a := b), y)
m2344: lambda: (x, (a := b))
m2345: ((a.b), y)
m2346: (x, (a.b))
m2347: ((a[b]), y)
m2348: (x, (a[b]))
m2349: ((a()), y)
m2350: (x, (a()))
m2351: (((a, b)), y)
m2352: (x, ((a, b)))
m2353: ((()), y)
m2354: (x, (()))
m2355: (((a,)), y)
m2356: (x, ((a,)))
m2357: (([a]), y)
m2358: (x, ([a]))
m2359: (({a}), y)
m2360: (x, ({a}))
m2361: (({a: b}), y)
m2362: (x, ({a: b}))
m2363: ((1), y)
m2364: (x, (1))
m2365: ((1.5), y)
m2366: (x, (1.5))
m2367: ((-1), y)
m2368: (x, (-1))
m2369: (('s'), y)
m2370: (x, ('s'))
m2371: ((...), y)
m2372: (x, (...))
m2373: ((None), y)
m2374: (x, (None))
m2375: ((a < b < c), y)
m2376: (x, (a < b < c))
m2377: ((a == b), y)
m2378: (x, (a == b))
m2379: [(a + b) for v in y]
m2380: [x for v in (a + b)]
m2381: [(a - b) for v in y]
m2382: [x for v in (a - b)]
m2383: [(a * b) for v in y]
m2384: [x for v in (a * b)]
m2385: [(a ** b) for v in y]
m2386: [x for v in (a ** b)]
m2387: [(a << b) for v in y]
m2388: [x for v in (a << b)]
m2389: [(a | b) for v in y]
m2390: [x for v in (a | b)]
m2391: [(a ^ b) for v in y]
m2392: [x for v in (a ^ b)]
m2393: [(a & b) for v in y]
m2394: [x for v in (a & b)]
m2395: [(a < b) for v in y]
m2396: [x for v in (a < b)]
m2397: [(a and b) for v in y]
m2398: [x for v in (a and b)]
m2399: [(a or b) for v in y]
m2400: [x for v in (a or b)]
m2401: [(not a) for v in y]
m2402: [x for v in (not a)]
m2403: [(-a) for v in y]
m2404: [x for v in (-a)]
m2405: [(+a) for v in y]
m2406: [x for v in (+a)]
m2407: [(~a) for v in y]
m2408: [x for v in (~a)]
m2409: [(a if b else c) for v in y]
m2410: [x for v in (a if b else c)]
m2411: [(lambda: a) for v in y]
m2412: [x for v in (lambda: a)]
m2413: lambda: [(await a) for v in y]
m2414: lambda: [x for v in (await a)]
m2415: lambda: [x for v in ((yield))]
m2416: lambda: [x for v in ((yield a))]
m2417: lambda: [x for v in ((yield from a))]
m2418: lambda: [(a := b) for v in y]
m2419: [(a.b) for v in y]
m2420: [x for v in (a.b)]
m2421: [(a[b]) for v in y]
m2422: [x for v in (a[b])]
m2423: [(a()) for v in y]
m2424: [x for v in (a())]
m2425: [((a, b)) for v in y]
m2426: [x for v in ((a, b))]
m2427: [(()) for v in y]
m2428: [x for v in (())]
m2429: [((a,)) for v in y]
m2430: [x for v in ((a,))]
m2431: [([a]) for v in y]
m2432: [x for v in ([a])]
m2433: [({a}) for v in y]
m2434: [x for v in ({a})]
m2435: [({a: b}) for v in y]
m2436: [x for v in ({a: b})]
m2437: [(1) for v in y]
m2438: [x for v in (1)]
m2439: [(1.5) for v in y]
m2440: [x for v in (1.5)]
m2441: [(-1) for v in y]
m2442: [x for v in (-1)]
m2443: [('s') for v in y]
m2444: [x for v in ('s')]
m2445: [(...) for v in y]
m2446: [x for v in (...)]
m2447: [(None) for v in y]
m2448: [x for v in (None)]
m2449: [(a < b < c) for v in y]
m2450: [x for v in (a < b < c)]
m2451: [(a == b) for v in y]
m2452: [x for v in (a == b)]
m2453: [v for v in (a + b) if y]
m2454: [v for v in x if (a + b)]
m2455: [v for v in (a - b) if y]
m2456: [v for v in x if (a - b)]
m2457: [v for v in (a * b) if y]
m2458: [v for v in x if (a * b)]
m2459: [v for v in (a ** b) if y]
m2460: [v for v in x if (a ** b)]
m2461: [v for v in (a << b) if y]
m2462: [v for v in x if (a << b)]
m2463: [v for v in (a | b) if y]
m2464: [v for v in x if (a | b)]
m2465: [v for v in (a ^ b) if y]
m2466: [v for v in x if (a ^ b)]
m2467: [v for v in (a & b) if y]
m2468: [v for v in x if (a & b)]
m2469: [v for v in (a < b) if y]
m2470: [v for v in x if (a < b)]
m2471: [v for v in (a and b) if y]
m2472: [v for v in x if (a and b)]
m2473: [v for v in (a or b) if y]
m2474: [v for v in x if (a or b)]
m2475: [v for v in (not a) if y]
m2476: [v for v in x if (not a)]
m2477: [v for v in (-a) if y]
m2478: [v for v in x if (-a)]
m2479: [v for v in (+a) if y]
m2480: [v for v in x if (+a)]
m2481: [v for v in (~a) if y]
m2482: [v for v in x if (~a)]
m2483: [v for v in (a if b else c) if y]
m2484: [v for v in x if (a if b else c)]
m2485: [v for v in (lambda: a) if y]
m2486: [v for v in x if (lambda: a)]
m2487: lambda: [v for v in (await a) if y]
m2488: lambda: [v for v in x if (await a)]
m2489: lambda: [v for v in ((yield)) if y]
m2490: lambda: [v for v in ((yield a)) if y]
m2491: lambda: [v for v in ((yield from a)) if y]
m2492: lambda: [v for v in x if (a := b)]
m2493: [v for v in (a.b) if y]
m2494: [v for v in x if (a.b)]
m2495: [v for v in (a[b]) if y]
m2496: [v for v in x if (a[b])]
m2497: [v for v in (a()) if y]
m2498: [v for v in x if (a())]
m2499: [v for v in ((a, b)) if y]
m2500: [v for v in x if ((a, b))]
m2501: [v for v in (()) if y]
m2502: [v for v in x if (())]
m2503: [v for v in ((a,)) if y]
m2504: [v for v in x if ((a,))]
m2505: [v for v in ([a]) if y]
m2506: [v for v in x if ([a])]
m2507: [v for v in ({a}) if y]
m2508: [v for v in x if ({a})]
m2509: [v for v in ({a: b}) if y]
m2510: [v for v in x if ({a: b})]
m2511: [v for v in (1) if y]
m2512: [v for v in x if (1)]
m2513: [v for v in (1.5) if y]
m2514: [v for v in x if (1.5)]
m2515: [v for v in (-1) if y]
m2516: [v for v in x if (-1)]
m2517: [v for v in ('s') if y]
m2518: [v for v in x if ('s')]
m2519: [v for v in (...) if y]
m2520: [v for v in x if (...)]
m2521: [v for v in (None) if y]
m2522: [v for v in x if (None)]
m2523: [v for v in (a < b < c) if y]
m2524: [v for v in x if (a < b < c)]
m2525: [v for v in (a == b) if y]
m2526: [v for v in x if (a == b)]
m2527: (a + b)[y:z]
m2528: x[(a + b):z]
m2529: (a - b)[y:z]
m2530: x[(a - b):z]
m2531: (a * b)[y:z]
m2532: x[(a * b):z]
m2533: (a ** b)[y:z]
m2534: x[(a ** b):z]
m2535: (a << b)[y:z]
m2536: x[(a << b):z]
m2537: (a | b)[y:z]
m2538: x[(a | b):z]
m2539: (a ^ b)[y:z]
m2540: x[(a ^ b):z]
m2541: (a & b)[y:z]
m2542: x[(a & b):z]
m2543: (a < b)[y:z]
m2544: x[(a < b):z]
m2545: (a and b)[y:z]
m2546: x[(a and b):z]
m2547: (a or b)[y:z]
m2548: x[(a or b):z]
m2549: (not a)[y:z]
m2550: x[(not a):z]
m2551: (-a)[y:z]
m2552: x[(-a):z]
m2553: (+a)[y:z]
m2554: x[(+a):z]
m2555: (~a)[y:z]
m2556: x[(~a):z]
m2557: (a if b else c)[y:z]
m2558: x[(a if b else c):z]
m2559: (lambda: a)[y:z]
m2560: x[(lambda: a):z]
m2561: lambda: (await a)[y:z]
m2562: lambda: x[(await a):z]
m2563: lambda: ((yield))[y:z]
m2564: lambda: x[((yield)):z]
m2565: lambda: ((yield a))[y:z]
m2566: lambda: x[((yield a)):z]
m2567: lambda: ((yield from a))[y:z]
m2568: lambda: x[((yield from a)):z]
m2569: lambda: (a := b)[y:z]
m2570: lambda: x[(a := b):z]
m2571: (a.b)[y:z]
m2572: x[(a.b):z]
m2573: (a[b])[y:z]
m2574: x[(a[b]):z]
m2575: (a())[y:z]
m2576: x[(a()):z]
m2577: ((a, b))[y:z]
m2578: x[((a, b)):z]
m2579: (())[y:z]
m2580: x[(()):z]
m2581: ((a,))[y:z]
m2582: x[((a,)):z]
m2583: ([a])[y:z]
m2584: x[([a]):z]
m2585: ({a})[y:z]
m2586: x[({a}):z]
m2587: ({a: b})[y:z]
m2588: x[({a: b}):z]
m2589: (1)[y:z]
m2590: x[(1):z]
m2591: (1.5)[y:z]
m2592: x[(1.5):z]
m2593: (-1)[y:z]
m2594: x[(-1):z]
m2595: ('s')[y:z]
m2596: x[('s'):z]
m2597: (...)[y:z]
m2598: x[(...):z]
m2599: (None)[y:z]
m2600: x[(None):z]
m2601: (a < b < c)[y:z]
m2602: x[(a < b < c):z]
m2603: (a == b)[y:z]
m2604: x[(a == b):z]
m2605: (a + b)[y, z]
m2606: x[(a + b), z]
m2607: (a - b)[y, z]
m2608: x[(a - b), z]
m2609: (a * b)[y, z]
m2610: x[(a * b), z]
m2611: (a ** b)[y, z]
m2612: x[(a ** b), z]
m2613: (a << b)[y, z]
m2614: x[(a << b), z]
m2615: (a | b)[y, z]
m2616: x[(a | b), z]
m2617: (a ^ b)[y, z]
m2618: x[(a ^ b), z]
m2619: (a & b)[y, z]
m2620: x[(a & b), z]
m2621: (a < b)[y, z]
m2622: x[(a < b), z]
m2623: (a and b)[y, z]
m2624: x[(a and b), z]
m2625: (a or b)[y, z]
m2626: x[(a or b), z]
m2627: (not a)[y, z]
m2628: x[(not a), z]
m2629: (-a)[y, z]
m2630: x[(-a), z]
m2631: (+a)[y, z]
m2632: x[(+a), z]
m2633: (~a)[y, z]
m2634: x[(~a), z]
m2635: (a if b else c)[y, z]
m2636: x[(a if b else c), z]
m2637: (lambda: a)[y, z]
m2638: x[(lambda: a), z]
m2639: lambda: (await a)[y, z]
m2640: lambda: x[(await a), z]
m2641: lambda: ((yield))[y, z]
m2642: lambda: x[((yield)), z]
m2643: lambda: ((yield a))[y, z]
m2644: lambda: x[((yield a)), z]
m2645: lambda: ((yield from a))[y, z]
m2646: lambda: x[((yield from a)), z]
m2647: lambda: (a := b)[y, z]
m2648: lambda: x[(a := b), z]
m2649: (a.b)[y, z]
m2650: x[(a.b), z]
m2651: (a[b])[y, z]
m2652: x[(a[b]), z]
m2653: (a())[y, z]
m2654: x[(a()), z]
m2655: ((a, b))[y, z]
m2656: x[((a, b)), z]
m2657: (())[y, z]
m2658: x[(()), z]
m2659: ((a,))[y, z]
m2660: x[((a,)), z]
m2661: ([a])[y, z]
m2662: x[([a]), z]
m2663: ({a})[y, z]
m2664: x[({a}), z]
m2665: ({a: b})[y, z]
m2666: x[({a: b}), z]
m2667: (1)[y, z]
m2668: x[(1), z]
m2669: (1.5)[y, z]
m2670: x[(1.5), z]
m2671: (-1)[y, z]
m2672: x[(-1), z]
m2673: ('s')[y, z]
m2674: x[('s'), z]
m2675: (...)[y, z]
m2676: x[(...), z]
m2677: (None)[y, z]
m2678: x[(None), z]
m2679: (a < b < c)[y, z]
m2680: x[(a < b < c), z]
m2681: (a == b)[y, z]
m2682: x[(a == b), z]
m2683: f'{(a + b)}'
m2684: f'{(a - b)}'
m2685: f'{(a * b)}'
m2686: f'{(a ** b)}'
m2687: f'{(a << b)}'
m2688: f'{(a | b)}'
m2689: f'{(a ^ b)}'
m2690: f'{(a & b)}'
m2691: f'{(a < b)}'
m2692: f'{(a and b)}'
m2693: f'{(a or b)}'
m2694: f'{(not a)}'
m2695: f'{(-a)}'
m2696: f'{(+a)}'
m2697: f'{(~a)}'
m2698: f'{(a if b else c)}'
m2699: f'{(lambda: a)}'
m2700: lambda: f'{(await a)}'
m2701: lambda: f'{((yield))}'
m2702: lambda: f'{((yield a))}'
m2703: lambda: f'{((yield from a))}'
m2704: lambda: f'{(a := b)}'
m2705: f'{(a.b)}'
m2706: f'{(a[b])}'
m2707: f'{(a())}'
m2708: f'{((a, b))}'
m2709: f'{(())}'
m2710: f'{((a,))}'
m2711: f'{([a])}'
m2712: f'{({a})}'
m2713: f'{({a: b})}'
m2714: f'{(1)}'
m2715: f'{(1.5)}'
m2716: f'{(-1)}'
m2717: f'{(...)}'
m2718: f'{(None)}'
m2719: f'{(a < b < c)}'
m2720: f'{(a == b)}'
m2721: lambda: (yield (a + b))
m2722: lambda: (yield (a - b))
m2723: lambda: (yield (a * b))
m2724: lambda: (yield (a ** b))
m2725: lambda: (yield (a << b))
m2726: lambda: (yield (a | b))
m2727: lambda: (yield (a ^ b))
m2728: lambda: (yield (a & b))
m2729: lambda: (yield (a < b))
m2730: lambda: (yield (a and b))
m2731: lambda: (yield (a or b))
m2732: lambda: (yield (not a))
m2733: lambda: (yield (-a))
m2734: lambda: (yield (+a))
m2735: lambda: (yield (~a))
m2736: lambda: (yield (a if b else c))
m2737: lambda: (yield (lambda: a))
m2738: lambda: (yield (await a))
m2739: lambda: (yield ((yield)))
m2740: lambda: (yield ((yield a)))
m2741: lambda: (yield ((yield from a)))
m2742: lambda: (yield (a := b))
m2743: lambda: (yield (a.b))
m2744: lambda: (yield (a[b]))
m2745: lambda: (yield (a()))
m2746: lambda: (yield ((a, b)))
m2747: lambda: (yield (()))
m2748: lambda: (yield ((a,)))
m2749: lambda: (yield ([a]))
m2750: lambda: (yield ({a}))
m2751: lambda: (yield ({a: b}))
m2752: lambda: (yield (1))
m2753: lambda: (yield (1.5))
m2754: lambda: (yield (-1))
m2755: lambda: (yield ('s'))
m2756: lambda: (yield (...))
m2757: lambda: (yield (None))
m2758: lambda: (yield (a < b < c))
m2759: lambda: (yield (a == b))
m2760: (a + b) < y < z
m2761: x < (a + b) < z
m2762: (a - b) < y < z
m2763: x < (a - b) < z
m2764: (a * b) < y < z
m2765: x < (a * b) < z
m2766: (a ** b) < y < z
m2767: x < (a ** b) < z
m2768: (a << b) < y < z
m2769: x < (a << b) < z
m2770: (a | b) < y < z
m2771: x < (a | b) < z
m2772: (a ^ b) < y < z
m2773: x < (a ^ b) < z
m2774: (a & b) < y < z
m2775: x < (a & b) < z
m2776: (a < b) < y < z
m2777: x < (a < b) < z
m2778: (a and b) < y < z
m2779: x < (a and b) < z
m2780: (a or b) < y < z
m2781: x < (a or b) < z
m2782: (not a) < y < z
m2783: x < (not a) < z
m2784: (-a) < y < z
m2785: x < (-a) < z
m2786: (+a) < y < z
m2787: x < (+a) < z
m2788: (~a) < y < z
m2789: x < (~a) < z
m2790: (a if b else c) < y < z
m2791: x < (a if b else c) < z
m2792: (lambda: a) < y < z
m2793: x < (lambda: a) < z
m2794: lambda: (await a) < y < z
m2795: lambda: x < (await a) < z
m2796: lambda: ((yield)) < y < z
m2797: lambda: x < ((yield)) < z
m2798: lambda: ((yield a)) < y < z
m2799: lambda: x < ((yield a)) < z
m2800: lambda: ((yield from a)) < y < z
m2801: lambda: x < ((yield from a)) < z
m2802: lambda: (a := b) < y < z
m2803: lambda: x < (a := b) < z
m2804: (a.b) < y < z
m2805: x < (a.b) < z
m2806: (a[b]) < y < z
m2807: x < (a[b]) < z
m2808: (a()) < y < z
m2809: x < (a()) < z
m2810: ((a, b)) < y < z
m2811: x < ((a, b)) < z
m2812: (()) < y < z
m2813: x < (()) < z
m2814: ((a,)) < y < z
m2815: x < ((a,)) < z
m2816: ([a]) < y < z
m2817: x < ([a]) < z
m2818: ({a}) < y < z
m2819: x < ({a}) < z
m2820: ({a: b}) < y < z
m2821: x < ({a: b}) < z
m2822: (1) < y < z
m2823: x < (1) < z
m2824: (1.5) < y < z
m2825: x < (1.5) < z
m2826: (-1) < y < z
m2827: x < (-1) < z
m2828: ('s') < y < z
m2829: x < ('s') < z
m2830: (...) < y < z
m2831: x < (...) < z
m2832: (None) < y < z
m2833: x < (None) < z
m2834: (a < b < c) < y < z
m2835: x < (a < b < c) < z
m2836: (a == b) < y < z
m2837: x < (a == b) < z
