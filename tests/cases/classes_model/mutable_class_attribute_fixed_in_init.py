class Student:
    def __init__(self, name):
        self.name = name
        self.courses = []

    def enroll(self, course):
        self.courses.append(course)

alice = Student("alice")
bob = Student("bob")
alice.enroll("math")
bob.enroll("art")
print(alice.courses, bob.courses)
print(alice.courses is bob.courses)
