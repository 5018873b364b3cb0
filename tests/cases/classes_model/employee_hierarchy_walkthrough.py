class Employee:
    raise_amount = 1.04
    num_of_emps = 0

    def __init__(self, first, last, pay):
        self.first = first
        self.last = last
        self.pay = pay
        Employee.num_of_emps += 1

    @property
    def email(self):
        return f"{self.first}.{self.last}@corp.com".lower()

    @property
    def fullname(self):
        return f"{self.first} {self.last}"

    @fullname.setter
    def fullname(self, name):
        self.first, self.last = name.split(" ")

    @fullname.deleter
    def fullname(self):
        print("Delete Name!")
        self.first = self.last = None

    def apply_raise(self):
        self.pay = int(self.pay * self.raise_amount)

    @classmethod
    def from_string(cls, s):
        return cls(*s.split("-"))

    @staticmethod
    def is_workday(day):
        return day not in ("sat", "sun")

    def __repr__(self):
        return f"Employee({self.first!r}, {self.last!r}, {self.pay})"

    def __str__(self):
        return f"{self.fullname} - {self.email}"

    def __add__(self, other):
        return self.pay + other.pay

    def __len__(self):
        return len(self.fullname)

class Developer(Employee):
    raise_amount = 1.10
    def __init__(self, first, last, pay, lang):
        super().__init__(first, last, pay)
        self.lang = lang

class Manager(Employee):
    def __init__(self, first, last, pay, employees=None):
        super().__init__(first, last, pay)
        self.employees = [] if employees is None else employees
    def add(self, emp):
        if emp not in self.employees:
            self.employees.append(emp)
    def print_emps(self):
        for emp in self.employees:
            print("-->", emp.fullname)

e1 = Employee("Corey", "Schafer", 50000)
d1 = Developer("Test", "User", 60000, "Python")
e2 = Employee.from_string("John-Doe-70000")
m = Manager("Sue", "Smith", 90000, [d1])
m.add(e1); m.add(d1)
m.print_emps()
d1.apply_raise(); e1.apply_raise()
print(d1.pay, e1.pay, e2.pay, Employee.num_of_emps)
print(repr(e1), str(d1), e1 + d1, len(e1))
e1.fullname = "Jane Roe"
print(e1.email)
del e1.fullname
print(e1.first, Employee.is_workday("mon"), isinstance(m, Developer), issubclass(Manager, Employee))
print(Developer.__mro__)
