from datetime import date, timedelta

class Birthday(date):
    def age_on(self, day):
        return day.year - self.year - ((day.month, day.day) < (self.month, self.day))

b = Birthday(1990, 6, 15)
print(repr(b), b)
print(b.age_on(date(2024, 6, 14)), b.age_on(date(2024, 6, 15)))
print(type(b + timedelta(1)).__name__, type(b.replace(year=1991)).__name__)
