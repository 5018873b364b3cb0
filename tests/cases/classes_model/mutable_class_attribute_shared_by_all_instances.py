class Student:
    courses = []

    def __init__(self, name):
        self.name = name

    def enroll(self, course):
        self.courses.append(course)

alice = Student("alice")
bob = Student("bob")
alice.enroll("math")
bob.enroll("art")
print(alice.courses)
print(bob.courses)
print(alice.courses is bob.courses is Student.courses)
print("courses" in vars(alice))
