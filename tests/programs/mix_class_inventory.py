# A small inventory system mixing the data model: an abstract-ish base with
# __init_subclass__ registration, properties with validation, operator
# overloading on money values, ordering for sorting, __slots__ records,
# a container class with the sequence/mapping protocol, user exceptions,
# a metaclass counting instances and cooperative super() in a hierarchy.
class InventoryError(Exception):
    pass
class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(sku, wanted, have)
        self.sku = sku
    def __str__(self):
        sku, wanted, have = self.args
        return f"{sku}: wanted {wanted}, only {have} left"

class Money:
    __slots__ = ("cents",)
    def __init__(self, cents):
        self.cents = int(cents)
    @classmethod
    def parse(cls, text):
        whole, _, frac = text.partition(".")
        return cls(int(whole) * 100 + int((frac + "00")[:2]))
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if other == 0:
            return self
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, n):
        return Money(self.cents * n) if isinstance(n, int) else NotImplemented
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __hash__(self):
        return hash(self.cents)
    def __bool__(self):
        return self.cents != 0
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        text = f"${self.cents // 100}.{self.cents % 100:02d}"
        return format(text, spec) if spec else text

class Counted(type):
    made = {}
    def __call__(cls, *args, **kwargs):
        Counted.made[cls.__name__] = Counted.made.get(cls.__name__, 0) + 1
        return super().__call__(*args, **kwargs)

class Item(metaclass=Counted):
    kinds = {}
    def __init_subclass__(cls, kind, **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        Item.kinds[kind] = cls
    def __init__(self, sku, price, qty=0):
        self.sku = sku
        self.price = price
        self.qty = qty
    @property
    def qty(self):
        return self._qty
    @qty.setter
    def qty(self, value):
        if value < 0:
            raise ValueError(f"negative quantity for {self.sku}")
        self._qty = value
    @property
    def value(self):
        return self.price * self.qty
    def describe(self):
        return [f"{self.kind}:{self.sku}"]
    def __repr__(self):
        return f"{type(self).__name__}({self.sku!r}, {self.price!r}, qty={self.qty})"

class Tool(Item, kind="tool"):
    def describe(self):
        return super().describe() + ["sturdy"]
class Food(Item, kind="food"):
    def __init__(self, sku, price, qty=0, days=7):
        super().__init__(sku, price, qty)
        self.days = days
    def describe(self):
        return super().describe() + [f"{self.days}d"]
class Snack(Food, kind="snack"):
    def describe(self):
        return ["tasty"] + super().describe()

class Stock:
    def __init__(self):
        self._items = {}
    def add(self, item):
        self._items[item.sku] = item
        return self
    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise InventoryError(f"unknown sku {sku!r}") from None
    def __contains__(self, sku):
        return sku in self._items
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda it: it.sku))
    def take(self, sku, n):
        item = self[sku]
        if item.qty < n:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        return item.price * n
    @property
    def total(self):
        return sum([it.value for it in self])

stock = Stock()
stock.add(Tool("hammer", Money.parse("12.50"), 4)).add(Food("bread", Money(299), 10, days=3))
stock.add(Snack("chips", Money.parse("1.2"), 25))
print(len(stock), "chips" in stock, "nails" in stock, [it.sku for it in stock])
print([it.describe() for it in stock])
print(f"{stock.total}", f"{stock.total:>12}|", repr(stock["hammer"]))
print(stock.take("chips", 5), stock.take("hammer", 1), stock["chips"].qty)
for sku, n in (("bread", 11), ("nails", 1), ("hammer", 3)):
    try:
        print("took", format(stock.take(sku, n)))
    except OutOfStock as e:
        print("OutOfStock:", e, isinstance(e, InventoryError))
    except InventoryError as e:
        print("InventoryError:", e, e.__suppress_context__)
try:
    stock["bread"].qty = -1
except ValueError as e:
    print("ValueError:", e)
prices = sorted({it.price for it in stock} | {Money(299)})
print(prices, max(prices), bool(Money(0)), sum([Money(1), Money(2)]), 3 * Money(5), Money(5) * 3)
print(sorted(Item.kinds), Counted.made, Snack.__mro__[1].__name__, Snack.kind, Food.kind)
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1).extra = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Broken(Item):
        pass
except TypeError as e:
    print("TypeError:", e)
