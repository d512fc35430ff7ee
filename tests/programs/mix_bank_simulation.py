# A bank simulation: accounts with properties and class-level ids, a ledger as a context manager that
# rolls back failed transfers, custom exception hierarchy, interest via generators, and a report.

class BankError(Exception):
    """Base of all bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class Account:
    _next_id = 1000

    def __init__(self, owner, balance=0, *, overdraft=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.overdraft = overdraft
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._check()
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if self._balance - amount < -self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} of {self.owner} is frozen")

    def __repr__(self):
        return f"<Account {self.id} {self.owner}: {self._balance}>"


class Transaction:
    def __init__(self, bank, label):
        self.bank = bank
        self.label = label

    def __enter__(self):
        self.snapshot = {a.id: (a._balance, len(a.history)) for a in self.bank.accounts.values()}
        return self

    def __exit__(self, typ, exc, tb):
        if typ is None:
            self.bank.log.append(f"ok   {self.label}")
            return False
        for acc in self.bank.accounts.values():
            bal, n = self.snapshot[acc.id]
            acc._balance = bal
            del acc.history[n:]
        self.bank.log.append(f"FAIL {self.label}: {type(exc).__name__}: {exc}")
        return issubclass(typ, BankError)


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.log = []

    def open(self, owner, deposit=0, **options):
        acc = Account(owner, deposit, **options)
        self.accounts[owner] = acc
        return acc

    def transfer(self, src, dst, amount):
        with Transaction(self, f"transfer {amount} {src} -> {dst}"):
            self.accounts[dst].deposit(amount)
            self.accounts[src].withdraw(amount)

    def monthly_interest(self, rate_percent, months):
        for month in range(1, months + 1):
            for acc in self.accounts.values():
                if acc.balance > 0 and not acc.frozen:
                    interest = acc.balance * rate_percent // 100
                    if interest:
                        acc.deposit(interest)
                        yield month, acc.owner, interest

    def report(self):
        width = max(len(o) for o in self.accounts)
        lines = [f"{self.name} report"]
        for owner, acc in sorted(self.accounts.items(), key=lambda kv: (-kv[1].balance, kv[0])):
            kinds = {}
            for kind, amount in acc.history:
                kinds[kind] = kinds.get(kind, 0) + amount
            lines.append(f"  {owner:<{width}} {acc.balance:>8} {sorted(kinds.items())}")
        total = sum(a.balance for a in self.accounts.values())
        lines.append(f"  {'total':<{width}} {total:>8}")
        return "\n".join(lines)


bank = Bank("Pyc Savings")
bank.open("alice", 500)
bank.open("bob", 100, overdraft=50)
bank.open("carol")
bank.transfer("alice", "bob", 200)
bank.transfer("bob", "carol", 320)
bank.transfer("bob", "carol", 300)
bank.transfer("carol", "alice", 1000)
bank.accounts["carol"].frozen = True
bank.transfer("alice", "carol", 10)
try:
    bank.transfer("alice", "nobody", 10)
except KeyError as e:
    print("unknown account:", e)
try:
    bank.accounts["alice"].deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for month, owner, interest in bank.monthly_interest(3, 3):
    print(f"month {month}: {owner} +{interest}")
print("\n".join(bank.log))
print(bank.report())
print(bank.accounts["bob"], [e.__name__ for e in InsufficientFunds.__mro__[:3]], BankError.__doc__)
